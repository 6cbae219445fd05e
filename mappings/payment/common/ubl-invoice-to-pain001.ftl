<#ftl output_format="XML" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  UBL 2.1 Invoice -> ISO 20022 pain.001 ("pay this invoice") in the version the including template
  chose (pain001 = "03" or "09"). See ../README.md.
  Creditor = the supplier, paid into cac:PaymentMeans/cac:PayeeFinancialAccount; debtor = the
  customer, paying from cac:PaymentMeans/cac:PayerFinancialAccount (or the mandate's), which a
  pain.001 cannot do without: an invoice that names no payer account stops the mapping.
  Amount = the payable amount; remittance and end-to-end id = the invoice number.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/payment/common/iso20022-codes.ftl" as codes>
<#assign v09 = pain001 == "09">
<#assign inv = Invoice>
<#-- Paths from the root: FreeMarker's XPath (Xalan) refuses a query against an empty node set. -->
<#assign payee = inv["cac:PaymentMeans/cac:PayeeFinancialAccount"]>
<#assign payer = inv["cac:PaymentMeans/cac:PayerFinancialAccount"]>
<#if !payer?has_content><#assign payer = inv["cac:PaymentMeans/cac:PaymentMandate/cac:PayerFinancialAccount"]></#if>
<#if !payer?has_content || !u.t(payer["cbc:ID"])?has_content>
  <#stop "invoice " + u.t(inv["cbc:ID"]) + " names no payer account (cac:PaymentMeans/cac:PayerFinancialAccount): a pain.001 needs the debtor's account and bank">
</#if>
<#if !payee?has_content || !u.t(payee["cbc:ID"])?has_content>
  <#stop "invoice " + u.t(inv["cbc:ID"]) + " names no payee account (cac:PaymentMeans/cac:PayeeFinancialAccount)">
</#if>
<#assign schemes = {"0088": "GS1G", "GLN": "GS1G", "0060": "DUNS", "DUNS": "DUNS"}>
<#assign payable = inv["cac:LegalMonetaryTotal/cbc:PayableAmount"]>
<#assign invoiceNumber = u.t(inv["cbc:ID"])>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro agent element bic>
  <#if bic?has_content><${element}><FinInstnId><#if v09><BICFI>${bic}</BICFI><#else><BIC>${bic}</BIC></#if></FinInstnId></${element}></#if>
</#macro>
<#macro account element number>
  <${element}><Id><#if codes.isIban(number)><IBAN>${number}</IBAN><#else><Othr><Id>${number}</Id></Othr></#if></Id></${element}>
</#macro>
<#macro party element party>
  <#local name = u.t(party["cac:PartyName/cbc:Name"])>
  <#if !name?has_content><#local name = u.t(party["cac:PartyLegalEntity/cbc:RegistrationName"])></#if>
  <#local address = party["cac:PostalAddress"]>
  <#local id = u.t(party["cbc:EndpointID"])>
  <#local scheme = u.a(party["cbc:EndpointID"], "schemeID")>
  <${element}>
    <@el "Nm" name/>
    <#if address?has_content>
    <PstlAdr>
      <@el "StrtNm" u.t(address["cbc:StreetName"])/>
      <@el "PstCd" u.t(address["cbc:PostalZone"])/>
      <@el "TwnNm" u.t(address["cbc:CityName"])/>
      <@el "CtrySubDvsn" u.t(address["cbc:CountrySubentity"])/>
      <@el "Ctry" u.t(address["cac:Country/cbc:IdentificationCode"])/>
    </PstlAdr>
    </#if>
    <#if id?has_content>
    <Id><OrgId><Othr><Id>${id}</Id><#if schemes[scheme]??><SchmeNm><Cd>${schemes[scheme]}</Cd></SchmeNm></#if></Othr></OrgId></Id>
    </#if>
  </${element}>
</#macro>
<#assign supplier = inv["cac:AccountingSupplierParty/cac:Party"]>
<#assign customer = inv["cac:AccountingCustomerParty/cac:Party"]>
<#assign execution = u.t(inv["cbc:DueDate"])?has_content?then(u.t(inv["cbc:DueDate"]), u.t(inv["cbc:IssueDate"]))>
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.${pain001}">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>PAY-${invoiceNumber}</MsgId>
      <CreDtTm>${entrepot.date[0..3]}-${entrepot.date[4..5]}-${entrepot.date[6..7]}T${entrepot.time[0..1]}:${entrepot.time[2..3]}:00</CreDtTm>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>${u.t(payable)}</CtrlSum>
      <@party "InitgPty" customer/>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>PAY-${invoiceNumber}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <NbOfTxs>1</NbOfTxs>
      <CtrlSum>${u.t(payable)}</CtrlSum>
      <#if v09><ReqdExctnDt><Dt>${execution}</Dt></ReqdExctnDt><#else><ReqdExctnDt>${execution}</ReqdExctnDt></#if>
      <@party "Dbtr" customer/>
      <@account "DbtrAcct" u.t(payer["cbc:ID"])/>
      <@agent "DbtrAgt" u.t(payer["cac:FinancialInstitutionBranch/cbc:ID"])/>
      <CdtTrfTxInf>
        <PmtId><EndToEndId>${invoiceNumber}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="${u.a(payable, "currencyID")}">${u.t(payable)}</InstdAmt></Amt>
        <@agent "CdtrAgt" u.t(payee["cac:FinancialInstitutionBranch/cbc:ID"])/>
        <@party "Cdtr" supplier/>
        <@account "CdtrAcct" u.t(payee["cbc:ID"])/>
        <RmtInf><Ustrd>${invoiceNumber}</Ustrd></RmtInf>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
