<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 820 (004010, 005010) -> ISO 20022 pain.001 in the version the including template chose
  (pain001 = "03" or "09"). One 820 is one payment: one PmtInf with one CdtTrfTxInf. See ../README.md.
  BPR02 and RMR amounts are decimals (R) and pass through as written; dates CCYYMMDD become ISO dates.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/common/x12-read.ftl" as x12>
<#import "/payment/common/iso20022-codes.ftl" as codes>
<#setting locale="en_US">
<#assign v09 = pain001 == "09">
<#assign m = interchange.message>
<#assign bpr = m.BPR>
<#assign payer = e.group(m.H_N1, "N1", "e01", "PR")>
<#assign payee = e.group(m.H_N1, "N1", "e01", "PE")>
<#assign currency = e.v(m.CUR, "e02")?has_content?then(e.v(m.CUR, "e02"), "USD")>
<#assign endToEnd = e.v(m.TRN, "e02")>
<#assign created = e.first(m.DTM, "e01", "097")>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>

<#-- A bank by BPR06/07 (or 12/13): 02 = BIC; 01 = ABA routing number (clearing member id USABA). -->
<#macro agent element qualifier id>
  <#if id?has_content>
  <${element}><FinInstnId>
    <#if qualifier == "01">
    <ClrSysMmbId><ClrSysId><Cd>USABA</Cd></ClrSysId><MmbId>${id}</MmbId></ClrSysMmbId>
    <#elseif v09><BICFI>${id}</BICFI><#else><BIC>${id}</BIC></#if>
  </FinInstnId></${element}>
  </#if>
</#macro>

<#macro account element number>
  <#if number?has_content>
  <${element}><Id><#if codes.isIban(number)><IBAN>${number}</IBAN><#else><Othr><Id>${number}</Id></Othr></#if></Id></${element}>
  </#if>
</#macro>

<#macro party element loop>
  <#if loop?has_content>
  <#local scheme = codes.x12PartySchemes[e.v(loop.N1, "e03")]!"">
  <${element}>
    <@el "Nm" e.v(loop.N1, "e02")/>
    <#if loop.N3?has_content || loop.N4?has_content>
    <PstlAdr>
      <@el "StrtNm" e.v(loop.N3, "e01")/>
      <@el "PstCd" e.v(loop.N4, "e03")/>
      <@el "TwnNm" e.v(loop.N4, "e01")/>
      <@el "CtrySubDvsn" e.v(loop.N4, "e02")/>
      <@el "Ctry" e.v(loop.N4, "e04")/>
    </PstlAdr>
    </#if>
    <#if e.v(loop.N1, "e04")?has_content>
    <Id><OrgId><Othr><Id>${e.v(loop.N1, "e04")}</Id><#if scheme?has_content><SchmeNm><Cd>${scheme}</Cd></SchmeNm></#if></Othr></OrgId></Id>
    </#if>
  </${element}>
  </#if>
</#macro>

<#assign messageId = x12.ref(m.REF, "ZZ")?has_content?then(x12.ref(m.REF, "ZZ"), endToEnd)>
<#assign orderId = x12.ref(m.REF, "TN")?has_content?then(x12.ref(m.REF, "TN"), endToEnd)>
<#assign execution = e.date(e.v(bpr, "e16"))>
<#assign remittance = "">
<#list m.NTE as nte><#assign remittance = remittance + e.v(nte, "e02")></#list>
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.${pain001}">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>${messageId}</MsgId>
      <CreDtTm><#if created?has_content>${e.date(e.v(created, "e02"))}T${e.v(created, "e03")?has_content?then(e.v(created, "e03")[0..1] + ":" + e.v(created, "e03")[2..3], "00:00")}:00<#else>${execution}T00:00:00</#if></CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>${e.v(bpr, "e02")}</CtrlSum>
      <#if payer?has_content><@party "InitgPty" payer/></#if>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>${orderId}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>${e.v(bpr, "e02")}</CtrlSum>
      <#if v09><ReqdExctnDt><Dt>${execution}</Dt></ReqdExctnDt><#else><ReqdExctnDt>${execution}</ReqdExctnDt></#if>
      <#if payer?has_content><@party "Dbtr" payer/><#else><Dbtr/></#if>
      <@account "DbtrAcct" e.v(bpr, "e09")/>
      <@agent "DbtrAgt" e.v(bpr, "e06") e.v(bpr, "e07")/>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>${endToEnd?has_content?then(endToEnd, "NOTPROVIDED")}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="${currency}">${e.v(bpr, "e02")}</InstdAmt></Amt>
        <@agent "CdtrAgt" e.v(bpr, "e12") e.v(bpr, "e13")/>
        <@party "Cdtr" payee/>
        <@account "CdtrAcct" e.v(bpr, "e15")/>
        <#assign documents = []>
        <#list m.D_ENT as entity><#list entity.D_RMR as loop><#assign documents = documents + [loop.RMR]></#list></#list>
        <#if remittance?has_content || documents?has_content>
        <RmtInf>
          <@el "Ustrd" remittance/>
          <#list documents as rmr>
          <Strd>
            <RfrdDocInf><Tp><CdOrPrtry><Cd>${(e.v(rmr, "e01") == "CM")?then("CREN", "CINV")}</Cd></CdOrPrtry></Tp><Nb>${e.v(rmr, "e02")}</Nb></RfrdDocInf>
            <#if e.v(rmr, "e04")?has_content><RfrdDocAmt><RmtdAmt Ccy="${currency}">${e.v(rmr, "e04")}</RmtdAmt></RfrdDocAmt></#if>
          </Strd>
          </#list>
        </RmtInf>
        </#if>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
