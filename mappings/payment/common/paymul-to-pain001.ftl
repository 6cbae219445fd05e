<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT PAYMUL (D.96A, D.01B) -> ISO 20022 pain.001, in the version the including template
  chose: pain001 = "03" (pain.001.001.03) or "09" (pain.001.001.09). See ../README.md.
  One PmtInf per LIN (one debit account, date and charge rule), one CdtTrfTxInf per SEQ.
  Amounts and identifiers pass through as written; dates become ISO dates.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/payment/common/iso20022-codes.ftl" as codes>
<#setting locale="en_US">
<#assign v09 = pain001 == "09">
<#assign m = interchange.message>
<#-- D.96A BGM 1004 is a simple element; D.01B wraps it in C106 (component 1). -->
<#assign documentNumber = e.v(m.BGM, "e02")?has_content?then(e.v(m.BGM, "e02"), e.v(m.BGM, "e02_01"))>

<#include "/payment/common/pain001-parts.ftl">

<#-- Every amount of the message, for the group's control sum. -->
<#assign total = 0>
<#assign transactions = 0>
<#list m.SG4 as order>
  <#list order.SG11 as payment>
    <#assign total = total + e.v(payment.MOA, "e01_02")?number>
    <#assign transactions = transactions + 1>
  </#list>
</#list>
<#assign firstOrderer = (e.group(m.SG4.SG7, "NAD", "e01", "OY").NAD)!{}>
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.${pain001}">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>${documentNumber}</MsgId>
      <CreDtTm>${codes.dateTime(e.first(m.DTM, "e01_01", "137"))}</CreDtTm>
      <NbOfTxs>${transactions?c}</NbOfTxs>
      <CtrlSum>${codes.decimal(total)}</CtrlSum>
      <InitgPty>
        <@el "Nm" e.v(firstOrderer, "e04_01")/>
        <@organisationId e.v(firstOrderer, "e02_01") e.v(firstOrderer, "e02_03")/>
      </InitgPty>
    </GrpHdr>
    <#list m.SG4 as order>
    <#assign debit = e.first(order.SG6.FII, "e01", "OR")>
    <#assign orderer = e.group(order.SG7, "NAD", "e01", "OY")>
    <#assign orderTotal = e.moa(order.SG5.MOA, "9")>
    <#assign orderSum = 0>
    <#list order.SG11 as payment><#assign orderSum = orderSum + e.v(payment.MOA, "e01_02")?number></#list>
    <#assign execution = e.date(e.dtm(order.DTM, "203"))>
    <PmtInf>
      <PmtInfId>${e.v(e.first(order.RFF, "e01_01", "AEK"), "e01_02")?has_content?then(e.v(e.first(order.RFF, "e01_01", "AEK"), "e01_02"), documentNumber + "-" + e.v(order.LIN, "e01"))}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <NbOfTxs>${order.SG11?size?c}</NbOfTxs>
      <CtrlSum>${orderTotal?has_content?then(orderTotal, codes.decimal(orderSum))}</CtrlSum>
      <#if v09><ReqdExctnDt><Dt>${execution}</Dt></ReqdExctnDt><#else><ReqdExctnDt>${execution}</ReqdExctnDt></#if>
      <@party element="Dbtr" nad=(orderer.NAD)!{}/>
      <@account "DbtrAcct" debit e.v(debit, "e02_04")/>
      <@agent "DbtrAgt" e.v(debit, "e03_01")/>
      <@el "ChrgBr" codes.chargeBearers[e.v(order.FCA, "e01")]!""/>
      <#list order.SG11 as payment>
      <#assign beneficiaryBank = e.group(payment.SG12, "FII", "e01", "BF")>
      <#assign beneficiary = e.group(payment.SG13, "NAD", "e01", "BE")>
      <CdtTrfTxInf>
        <PmtId>
          <@el "InstrId" e.v(e.first(payment.RFF, "e01_01", "AIK"), "e01_02")/>
          <EndToEndId>${e.v(e.first(payment.RFF, "e01_01", "CR"), "e01_02")?has_content?then(e.v(e.first(payment.RFF, "e01_01", "CR"), "e01_02"), "NOTPROVIDED")}</EndToEndId>
        </PmtId>
        <Amt><InstdAmt Ccy="${e.v(payment.MOA, "e01_03")}">${e.v(payment.MOA, "e01_02")}</InstdAmt></Amt>
        <@el "ChrgBr" codes.chargeBearers[e.v(payment.FCA, "e01")]!""/>
        <#if beneficiaryBank?has_content><@agent "CdtrAgt" e.v(beneficiaryBank.FII, "e03_01")/></#if>
        <#if beneficiary?has_content>
        <@party "Cdtr" beneficiary.NAD/>
        <#elseif beneficiaryBank?has_content && e.v(beneficiaryBank.FII, "e02_02")?has_content>
        <Cdtr><Nm>${e.v(beneficiaryBank.FII, "e02_02")}</Nm></Cdtr>
        </#if>
        <#if beneficiaryBank?has_content><@account "CdtrAcct" beneficiaryBank.FII e.v(beneficiaryBank.FII, "e02_04")/></#if>
        <#assign remittance = "">
        <#list payment.SG16 as info><#list info.FTX as ftx><#if e.v(ftx, "e01") == "PMD">
          <#assign remittance = remittance + e.v(ftx, "e04_01") + e.v(ftx, "e04_02") + e.v(ftx, "e04_03") + e.v(ftx, "e04_04") + e.v(ftx, "e04_05")>
        </#if></#list></#list>
        <#if remittance?has_content><RmtInf><Ustrd>${remittance}</Ustrd></RmtInf></#if>
      </CdtTrfTxInf>
      </#list>
    </PmtInf>
    </#list>
  </CstmrCdtTrfInitn>
</Document>
