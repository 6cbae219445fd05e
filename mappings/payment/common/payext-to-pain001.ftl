<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT PAYEXT (D.96A, D.01B) -> ISO 20022 pain.001 in the version the including template chose
  (pain001 = "03" or "09"). A PAYEXT is one payment: one PmtInf with one CdtTrfTxInf. See ../README.md.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/payment/common/iso20022-codes.ftl" as codes>
<#setting locale="en_US">
<#assign v09 = pain001 == "09">
<#assign m = interchange.message>
<#include "/payment/common/pain001-parts.ftl">
<#assign documentNumber = e.v(m.BGM, "e02")?has_content?then(e.v(m.BGM, "e02"), e.v(m.BGM, "e02_01"))>
<#assign amount = e.first(m.SG2.MOA, "e01_01", "9")>
<#assign debit = (e.group(m.SG3, "FII", "e01", "OR").FII)!{}>
<#assign credit = (e.group(m.SG3, "FII", "e01", "BF").FII)!{}>
<#assign orderer = (e.group(m.SG4, "NAD", "e01", "OY").NAD)!{}>
<#assign beneficiary = (e.group(m.SG4, "NAD", "e01", "BE").NAD)!{}>
<#assign reference = e.v((e.group(m.SG1, "RFF", "e01_01", "AEK").RFF)!{}, "e01_02")>
<#assign endToEnd = e.v((e.group(m.SG1, "RFF", "e01_01", "CR").RFF)!{}, "e01_02")>
<#assign remittance = "">
<#list m.SG7 as info><#list info.FTX as ftx><#if e.v(ftx, "e01") == "PMD">
  <#assign remittance = remittance + e.v(ftx, "e04_01") + e.v(ftx, "e04_02") + e.v(ftx, "e04_03") + e.v(ftx, "e04_04") + e.v(ftx, "e04_05")>
</#if></#list></#list>
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.${pain001}">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>${documentNumber}</MsgId>
      <CreDtTm>${codes.dateTime(e.first(m.DTM, "e01_01", "137"))}</CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>${e.v(amount, "e01_02")}</CtrlSum>
      <InitgPty>
        <@el "Nm" e.v(orderer, "e04_01")/>
        <@organisationId e.v(orderer, "e02_01") e.v(orderer, "e02_03")/>
      </InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>${reference?has_content?then(reference, documentNumber)}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>${e.v(amount, "e01_02")}</CtrlSum>
      <#assign execution = e.date(e.dtm(m.DTM, "203"))>
      <#if v09><ReqdExctnDt><Dt>${execution}</Dt></ReqdExctnDt><#else><ReqdExctnDt>${execution}</ReqdExctnDt></#if>
      <@party element="Dbtr" nad=orderer/>
      <@account "DbtrAcct" debit e.v(debit, "e02_04")/>
      <@agent "DbtrAgt" e.v(debit, "e03_01")/>
      <@el "ChrgBr" codes.chargeBearers[e.v(m.FCA, "e01")]!""/>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>${endToEnd?has_content?then(endToEnd, "NOTPROVIDED")}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="${e.v(amount, "e01_03")}">${e.v(amount, "e01_02")}</InstdAmt></Amt>
        <@agent "CdtrAgt" e.v(credit, "e03_01")/>
        <#if beneficiary?has_content><@party element="Cdtr" nad=beneficiary/></#if>
        <@account "CdtrAcct" credit e.v(credit, "e02_04")/>
        <#if remittance?has_content><RmtInf><Ustrd>${remittance}</Ustrd></RmtInf></#if>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
