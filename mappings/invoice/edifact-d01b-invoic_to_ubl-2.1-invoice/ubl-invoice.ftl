<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT INVOIC D.01B -> UBL 2.1 Invoice. See ../README.md for the field table.
  The same mapping as D.96A's (edifact-d96a-invoic_to_ubl-2.1-invoice) on D.01B's structure:
  the segment groups from SG13 on are numbered one or two higher (lines SG26, line prices SG29,
  line taxes SG34, totals SG50, tax totals SG52 ...), and BGM's document number is C106
  component 1 (e02_01) instead of the simple element e02.
  Input model: interchange.UNB and interchange.message, one element per segment, data elements
  as attributes: e01 = element 1, e02_01 = composite 2 component 1. Segment groups: SGn.
  Values pass through as written (amounts keep their decimals); dates in format 102 become ISO dates.
-->
<#import "/common/edifact-read.ftl" as e>
<#assign m = interchange.message>
<#-- The credit-note mappings include this template with creditNote set: the same values, UBL's CreditNote names. -->
<#assign creditNote = creditNote!false>
<#assign root = creditNote?then("CreditNote", "Invoice")>
<#assign typeElement = creditNote?then("cbc:CreditNoteTypeCode", "cbc:InvoiceTypeCode")>
<#assign lineElement = creditNote?then("cac:CreditNoteLine", "cac:InvoiceLine")>
<#assign quantityElement = creditNote?then("cbc:CreditedQuantity", "cbc:InvoicedQuantity")>
<#assign currency = e.v(e.first(m.SG7.CUX, "e01_01", "2"), "e01_02")>
<#assign units = {"PCE": "H87", "PCS": "H87", "EA": "EA", "KGM": "KGM", "MTR": "MTR", "LTR": "LTR", "SET": "SET", "PR": "PR"}>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro amount name value><#if value?has_content><${name} currencyID="${currency}">${value}</${name}></#if></#macro>
<#macro id name value scheme><#if value?has_content><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${value}</${name}></#if></#macro>

<#-- UN/CEFACT 3055 agency 9 (EAN/GS1) identifies a GLN: ISO 6523 scheme 0088 in UBL. -->
<#function partyScheme nad>
  <#return (e.v(nad, "e02_03") == "9")?then("0088", (e.v(nad, "e02_03") == "16")?then("0060", ""))>
</#function>

<#macro party group>
  <#local nad = group.NAD>
  <cac:Party>
    <@id "cbc:EndpointID" e.v(nad, "e02_01") partyScheme(nad)/>
    <#if e.v(nad, "e02_01")?has_content>
    <cac:PartyIdentification><@id "cbc:ID" e.v(nad, "e02_01") partyScheme(nad)/></cac:PartyIdentification>
    </#if>
    <#if e.v(nad, "e04_01")?has_content>
    <cac:PartyName><cbc:Name>${e.v(nad, "e04_01")}</cbc:Name></cac:PartyName>
    </#if>
    <@address nad/>
    <#local vat = e.v(e.first(group.SG3.RFF, "e01_01", "VA"), "e01_02")>
    <#if vat?has_content>
    <cac:PartyTaxScheme>
      <cbc:CompanyID>${vat}</cbc:CompanyID>
      <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
    </cac:PartyTaxScheme>
    </#if>
    <#if e.v(nad, "e04_01")?has_content>
    <cac:PartyLegalEntity><cbc:RegistrationName>${e.v(nad, "e04_01")}</cbc:RegistrationName></cac:PartyLegalEntity>
    </#if>
  </cac:Party>
</#macro>

<#macro address nad>
  <#if e.v(nad, "e05_01")?has_content || e.v(nad, "e06")?has_content || e.v(nad, "e09")?has_content>
  <cac:PostalAddress>
    <@el "cbc:StreetName" e.v(nad, "e05_01")/>
    <@el "cbc:AdditionalStreetName" e.v(nad, "e05_02")/>
    <@el "cbc:CityName" e.v(nad, "e06")/>
    <@el "cbc:PostalZone" e.v(nad, "e08")/>
    <#-- C819: the sub-entity's code (3229), else its name (3228) -->
    <@el "cbc:CountrySubentity" e.v(nad, "e07_01")?has_content?then(e.v(nad, "e07_01"), e.v(nad, "e07_04"))/>
    <#if e.v(nad, "e09")?has_content>
    <cac:Country><cbc:IdentificationCode>${e.v(nad, "e09")}</cbc:IdentificationCode></cac:Country>
    </#if>
  </cac:PostalAddress>
  </#if>
</#macro>

<#macro taxCategory tax element>
  <${element}>
    <cbc:ID>${e.v(tax, "e06")}</cbc:ID>
    <@el "cbc:Percent" e.v(tax, "e05_04")/>
    <cac:TaxScheme><cbc:ID>${e.v(tax, "e02_01")?has_content?then(e.v(tax, "e02_01"), "VAT")}</cbc:ID></cac:TaxScheme>
  </${element}>
</#macro>

<#macro allowanceCharge alc amountGroups percentGroup tax>
  <cac:AllowanceCharge>
    <cbc:ChargeIndicator>${(e.v(alc, "e01") == "C")?c}</cbc:ChargeIndicator>
    <@el "cbc:AllowanceChargeReasonCode" e.v(alc, "e05_01")/>
    <@el "cbc:AllowanceChargeReason" e.v(alc, "e05_04") + e.v(alc, "e05_05")/>
    <#if percentGroup?has_content><@el "cbc:MultiplierFactorNumeric" e.v(percentGroup.PCD, "e01_02")/></#if>
    <#list amountGroups as amountGroup>
      <#if e.v(amountGroup.MOA, "e01_01") != "25"><@amount "cbc:Amount" e.v(amountGroup.MOA, "e01_02")/></#if>
    </#list>
    <#list amountGroups as amountGroup>
      <#if e.v(amountGroup.MOA, "e01_01") == "25"><@amount "cbc:BaseAmount" e.v(amountGroup.MOA, "e01_02")/></#if>
    </#list>
    <#if tax?has_content><@taxCategory tax "cac:TaxCategory"/></#if>
  </cac:AllowanceCharge>
</#macro>

<#assign bgm = m.BGM>
<#assign su = e.group(m.SG2, "NAD", "e01", "SU")>
<#assign by = e.group(m.SG2, "NAD", "e01", "BY")>
<#assign dp = e.group(m.SG2, "NAD", "e01", "DP")>
<#assign order = e.group(m.SG1, "RFF", "e01_01", "ON")>
<#assign invoiceReference = e.group(m.SG1, "RFF", "e01_01", "IV")>
<#assign pat = (m.SG8[0])!{}>
<#assign summary = {}>
<#list m.SG50 as total><#assign summary = summary + {e.v(total.MOA, "e01_01"): e.v(total.MOA, "e01_02")}></#list>
<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:ID>${e.v(bgm, "e02_01")?has_content?then(e.v(bgm, "e02_01"), e.v(bgm, "e02"))}</cbc:ID>
  <cbc:IssueDate>${e.date(e.dtm(m.DTM, "137"))}</cbc:IssueDate>
  <#-- A UBL 2.1 CreditNote has no DueDate (it goes to PaymentMeans) and states TaxPointDate before its type code. -->
  <#if pat?has_content && !creditNote><@el "cbc:DueDate" e.date(e.dtm(pat.DTM, "13"))/></#if>
  <#if creditNote><@el "cbc:TaxPointDate" e.date(e.dtm(m.DTM, "131"))/></#if>
  <${typeElement}>${e.v(bgm, "e01_01")?has_content?then(e.v(bgm, "e01_01"), e.v(bgm, "e01"))}</${typeElement}>
  <#list m.FTX as ftx>
  <cbc:Note><#if e.v(ftx, "e01") != "AAI">#${e.v(ftx, "e01")}#</#if>${e.v(ftx, "e04_01")}${e.v(ftx, "e04_02")}${e.v(ftx, "e04_03")}${e.v(ftx, "e04_04")}${e.v(ftx, "e04_05")}</cbc:Note>
  </#list>
  <#if !creditNote><@el "cbc:TaxPointDate" e.date(e.dtm(m.DTM, "131"))/></#if>
  <cbc:DocumentCurrencyCode>${currency}</cbc:DocumentCurrencyCode>
  <#if order?has_content>
  <cac:OrderReference>
    <cbc:ID>${e.v(order.RFF, "e01_02")}</cbc:ID>
    <@el "cbc:IssueDate" e.date(e.dtm(order.DTM, "171"))/>
  </cac:OrderReference>
  </#if>
  <#if invoiceReference?has_content>
  <cac:BillingReference>
    <cac:InvoiceDocumentReference>
      <cbc:ID>${e.v(invoiceReference.RFF, "e01_02")}</cbc:ID>
      <@el "cbc:IssueDate" e.date(e.dtm(invoiceReference.DTM, "171"))/>
    </cac:InvoiceDocumentReference>
  </cac:BillingReference>
  </#if>
  <#if su?has_content><cac:AccountingSupplierParty><@party su/></cac:AccountingSupplierParty></#if>
  <#if by?has_content><cac:AccountingCustomerParty><@party by/></cac:AccountingCustomerParty></#if>
  <#assign deliveryDate = e.date(e.dtm(m.DTM, "35"))>
  <#if dp?has_content || deliveryDate?has_content>
  <cac:Delivery>
    <@el "cbc:ActualDeliveryDate" deliveryDate/>
    <#if dp?has_content>
    <cac:DeliveryLocation>
      <@id "cbc:ID" e.v(dp.NAD, "e02_01") partyScheme(dp.NAD)/>
      <#if e.v(dp.NAD, "e05_01")?has_content || e.v(dp.NAD, "e06")?has_content>
      <cac:Address>
        <@el "cbc:StreetName" e.v(dp.NAD, "e05_01")/>
        <@el "cbc:CityName" e.v(dp.NAD, "e06")/>
        <@el "cbc:PostalZone" e.v(dp.NAD, "e08")/>
        <#if e.v(dp.NAD, "e09")?has_content><cac:Country><cbc:IdentificationCode>${e.v(dp.NAD, "e09")}</cbc:IdentificationCode></cac:Country></#if>
      </cac:Address>
      </#if>
    </cac:DeliveryLocation>
    <#if e.v(dp.NAD, "e04_01")?has_content>
    <cac:DeliveryParty><cac:PartyName><cbc:Name>${e.v(dp.NAD, "e04_01")}</cbc:Name></cac:PartyName></cac:DeliveryParty>
    </#if>
    </#if>
  </cac:Delivery>
  </#if>
  <#assign bank = su?has_content?then(e.first(su.FII, "e01", "RB"), {})>
  <#if m.PAI?has_content || bank?has_content>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>${e.v(m.PAI, "e01_03")?has_content?then(e.v(m.PAI, "e01_03"), "1")}</cbc:PaymentMeansCode>
    <#if creditNote && pat?has_content><@el "cbc:PaymentDueDate" e.date(e.dtm(pat.DTM, "13"))/></#if>
    <#if bank?has_content>
    <cac:PayeeFinancialAccount>
      <cbc:ID>${e.v(bank, "e02_01")}</cbc:ID>
      <@el "cbc:Name" e.v(bank, "e02_02")/>
      <#if e.v(bank, "e03_01")?has_content>
      <cac:FinancialInstitutionBranch><cbc:ID>${e.v(bank, "e03_01")}</cbc:ID></cac:FinancialInstitutionBranch>
      </#if>
    </cac:PayeeFinancialAccount>
    </#if>
  </cac:PaymentMeans>
  </#if>
  <#if pat?has_content && e.v(pat.PAT, "e03_03") == "D">
  <cac:PaymentTerms>
    <cac:SettlementPeriod><cbc:DurationMeasure unitCode="DAY">${e.v(pat.PAT, "e03_04")}</cbc:DurationMeasure></cac:SettlementPeriod>
  </cac:PaymentTerms>
  </#if>
  <#list m.SG16 as charge>
  <@allowanceCharge alc=charge.ALC amountGroups=charge.SG20 percentGroup=(charge.SG19[0])!{} tax=(charge.SG22[0].TAX)!{}/>
  </#list>
  <cac:TaxTotal>
    <@amount "cbc:TaxAmount" summary["176"]!"0.00"/>
    <#list m.SG52 as rate>
    <cac:TaxSubtotal>
      <@amount "cbc:TaxableAmount" e.moa(rate.MOA, "125")/>
      <@amount "cbc:TaxAmount" e.moa(rate.MOA, "124")/>
      <@taxCategory rate.TAX "cac:TaxCategory"/>
    </cac:TaxSubtotal>
    </#list>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <@amount "cbc:LineExtensionAmount" summary["79"]!""/>
    <@amount "cbc:TaxExclusiveAmount" summary["125"]!""/>
    <@amount "cbc:TaxInclusiveAmount" summary["77"]!""/>
    <@amount "cbc:AllowanceTotalAmount" summary["260"]!""/>
    <@amount "cbc:ChargeTotalAmount" summary["259"]!""/>
    <@amount "cbc:PrepaidAmount" summary["113"]!""/>
    <@amount "cbc:PayableAmount" summary["9"]!summary["77"]!""/>
  </cac:LegalMonetaryTotal>
  <#list m.SG26 as line>
  <#assign lin = line.LIN>
  <#assign qty = e.first(line.QTY, "e01_01", "47")>
  <#assign tax = (line.SG34[0])!{}>
  <${lineElement}>
    <cbc:ID>${e.v(lin, "e01")}</cbc:ID>
    <${quantityElement} unitCode="${units[e.v(qty, "e01_03")]!e.v(qty, "e01_03")}">${e.v(qty, "e01_02")}</${quantityElement}>
    <@amount "cbc:LineExtensionAmount" e.moa(line.SG27.MOA, "203")/>
    <#list line.SG39 as lineCharge>
    <@allowanceCharge alc=lineCharge.ALC amountGroups=lineCharge.SG42 percentGroup=(lineCharge.SG41[0])!{} tax={}/>
    </#list>
    <cac:Item>
      <#-- the writer continues a long name over both C273 7008s and further IMD+F segments -->
      <#assign itemName = ""><#list line.IMD as imd><#if e.v(imd, "e01") == "F"><#assign itemName = itemName + e.v(imd, "e03_04") + e.v(imd, "e03_05")></#if></#list>
      <@el "cbc:Name" itemName/>
      <#assign buyers = e.itemNumber(line.PIA, "IN")>
      <#if buyers?has_content><cac:BuyersItemIdentification><cbc:ID>${buyers}</cbc:ID></cac:BuyersItemIdentification></#if>
      <#assign sellers = e.itemNumber(line.PIA, "SA")>
      <#if sellers?has_content><cac:SellersItemIdentification><cbc:ID>${sellers}</cbc:ID></cac:SellersItemIdentification></#if>
      <#if e.v(lin, "e03_01")?has_content>
      <cac:StandardItemIdentification><cbc:ID schemeID="0160">${e.v(lin, "e03_01")}</cbc:ID></cac:StandardItemIdentification>
      </#if>
      <#if tax?has_content><@taxCategory tax.TAX "cac:ClassifiedTaxCategory"/></#if>
    </cac:Item>
    <#assign price = e.first(line.SG29.PRI, "e01_01", "AAA")>
    <#if price?has_content>
    <cac:Price><@amount "cbc:PriceAmount" e.v(price, "e01_02")/></cac:Price>
    </#if>
  </${lineElement}>
  </#list>
</${root}>
