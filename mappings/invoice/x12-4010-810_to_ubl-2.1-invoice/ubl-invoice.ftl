<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 810 (004010) -> UBL 2.1 Invoice. See ../README.md for the field table.
  Input model: interchange.ISA, interchange.GS and interchange.message, one element per segment,
  data elements as attributes (e01, e02 …); loops as named by the 810 schema (H_N1, D_IT1, S_SAC …).
  R (decimal) values pass through as written; Nn amounts (TDS01, SAC05) carry two implied decimals
  and go through x.n2; dates CCYYMMDD become ISO dates. An 810 states no line amounts or subtotals:
  they are computed here (quantity x unit price, less line allowances, plus line charges).
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/common/x12-read.ftl" as x>
<#import "/common/x12-codes.ftl" as codes>
<#setting locale="en_US">
<#assign m = interchange.message>
<#-- The credit-note mappings include this template with creditNote set: the same values, UBL's CreditNote names. -->
<#assign creditNote = creditNote!false>
<#assign root = creditNote?then("CreditNote", "Invoice")>
<#assign typeElement = creditNote?then("cbc:CreditNoteTypeCode", "cbc:InvoiceTypeCode")>
<#assign lineElement = creditNote?then("cac:CreditNoteLine", "cac:InvoiceLine")>
<#assign quantityElement = creditNote?then("cbc:CreditedQuantity", "cbc:InvoicedQuantity")>
<#-- An 810 without CUR is in US dollars. -->
<#assign currency = e.v(m.CUR, "e02")?has_content?then(e.v(m.CUR, "e02"), "USD")>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro amount name value><#if value?has_content><${name} currencyID="${currency}">${value}</${name}></#if></#macro>
<#macro id name value scheme><#if value?has_content><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${value}</${name}></#if></#macro>

<#-- Computed amounts are rounded half up to cents, as invoices are. -->
<#function money number>
  <#return number?string["0.00;; roundingMode=halfUp"]>
</#function>

<#-- The sum of the N2 amounts (SAC05) of the allowances (A) or charges (C) among SAC loops. -->
<#function sacTotal loops indicator>
  <#local total = 0>
  <#list loops as loop>
    <#if e.v(loop.SAC, "e01") == indicator><#local total = total + x.n2(e.v(loop.SAC, "e05"))?number></#if>
  </#list>
  <#return total>
</#function>

<#function lineAmount loop>
  <#local it1 = loop.IT1>
  <#if !e.v(it1, "e02")?has_content || !e.v(it1, "e04")?has_content>
    <#stop "IT1 " + e.v(it1, "e01") + " states no quantity (IT102) or no unit price (IT104); UBL needs both for the line amount">
  </#if>
  <#return e.v(it1, "e02")?number * e.v(it1, "e04")?number - sacTotal(loop.D_SAC, "A") + sacTotal(loop.D_SAC, "C")>
</#function>

<#macro address n3 n4 element>
  <#if n3?has_content || n4?has_content>
  <${element}>
    <@el "cbc:StreetName" e.v(n3, "e01")/>
    <@el "cbc:AdditionalStreetName" e.v(n3, "e02")/>
    <@el "cbc:CityName" e.v(n4, "e01")/>
    <@el "cbc:PostalZone" e.v(n4, "e03")/>
    <@el "cbc:CountrySubentity" e.v(n4, "e02")/>
    <#if e.v(n4, "e04")?has_content>
    <cac:Country><cbc:IdentificationCode>${e.v(n4, "e04")}</cbc:IdentificationCode></cac:Country>
    </#if>
  </${element}>
  </#if>
</#macro>

<#-- A party from its N1 loop; without one, from the interchange header's sender or receiver (ISA05/06, ISA07/08). -->
<#macro party loop isaQualifier isaId>
  <#local n1 = loop.N1!{}>
  <#local partyId = e.v(n1, "e04")>
  <#local scheme = codes.idSchemes[e.v(n1, "e03")]!"">
  <#if !loop?has_content>
    <#local partyId = isaId?trim>
    <#list codes.interchangeQualifiers as ubl, qualifier><#if qualifier == isaQualifier><#local scheme = ubl><#break></#if></#list>
  </#if>
  <#local name = e.v(n1, "e02")>
  <cac:Party>
    <@id "cbc:EndpointID" partyId scheme/>
    <#if partyId?has_content><cac:PartyIdentification><@id "cbc:ID" partyId scheme/></cac:PartyIdentification></#if>
    <#if name?has_content><cac:PartyName><cbc:Name>${name}</cbc:Name></cac:PartyName></#if>
    <#if loop?has_content>
    <@address loop.N3 loop.N4 "cac:PostalAddress"/>
    <#list loop.REF as ref>
      <#if codes.taxRegistrations[e.v(ref, "e01")]??>
    <cac:PartyTaxScheme>
      <cbc:CompanyID>${e.v(ref, "e02")}</cbc:CompanyID>
      <cac:TaxScheme><cbc:ID>${codes.taxRegistrations[e.v(ref, "e01")]}</cbc:ID></cac:TaxScheme>
    </cac:PartyTaxScheme>
      </#if>
    </#list>
    </#if>
    <#if name?has_content><cac:PartyLegalEntity><cbc:RegistrationName>${name}</cbc:RegistrationName></cac:PartyLegalEntity></#if>
    <#if loop?has_content && loop.PER?has_content>
      <#local numbers = x.communications(loop.PER[0])>
    <cac:Contact>
      <@el "cbc:Name" e.v(loop.PER, "e02")/>
      <@el "cbc:Telephone" numbers["TE"]!""/>
      <@el "cbc:Telefax" numbers["FX"]!""/>
      <@el "cbc:ElectronicMail" numbers["EM"]!""/>
    </cac:Contact>
    </#if>
  </cac:Party>
</#macro>

<#-- TXI: tax type (TXI01) -> TaxScheme, exempt (TXI06 = 1) -> category E, otherwise S. -->
<#macro taxCategory txi element>
  <${element}>
    <cbc:ID>${(e.v(txi, "e06") == "1")?then("E", "S")}</cbc:ID>
    <@el "cbc:Percent" e.v(txi, "e03")/>
    <cac:TaxScheme><cbc:ID>${codes.toUbl(codes.taxTypes, e.v(txi, "e01"))}</cbc:ID></cac:TaxScheme>
  </${element}>
</#macro>

<#macro allowanceCharge loop>
  <#local sac = loop.SAC>
  <#if !e.v(sac, "e05")?has_content>
    <#stop "SAC " + e.v(sac, "e02") + " states no amount (SAC05); UBL needs one for every allowance or charge">
  </#if>
  <#local code = e.v(sac, "e02")>
  <cac:AllowanceCharge>
    <cbc:ChargeIndicator>${(e.v(sac, "e01") == "C")?c}</cbc:ChargeIndicator>
    <#if code?has_content && code != "ZZZZ"><cbc:AllowanceChargeReasonCode>${codes.toUbl(codes.allowanceCharges, code)}</cbc:AllowanceChargeReasonCode></#if>
    <@el "cbc:AllowanceChargeReason" e.v(sac, "e15")/>
    <@el "cbc:MultiplierFactorNumeric" e.v(sac, "e07")/>
    <@amount "cbc:Amount" x.n2(e.v(sac, "e05"))/>
    <#if loop.TXI?has_content>
    <@taxCategory loop.TXI[0] "cac:TaxCategory"/>
      <#if e.v(loop.TXI, "e02")?has_content>
    <cac:TaxTotal><@amount "cbc:TaxAmount" e.v(loop.TXI, "e02")/></cac:TaxTotal>
      </#if>
    </#if>
  </cac:AllowanceCharge>
</#macro>

<#assign big = m.BIG>
<#assign seller = e.group(m.H_N1, "N1", "e01", "SE")>
<#assign buyer = e.group(m.H_N1, "N1", "e01", "BY")>
<#assign shipTo = e.group(m.H_N1, "N1", "e01", "ST")>
<#assign terms = (m.ITD[0])!{}>
<#-- Only SAC loops that allow or charge something; SAC01 = N is information. -->
<#assign charges = m.S_SAC?filter(loop -> e.v(loop.SAC, "e01") != "N")>
<#assign lineTotal = 0>
<#list m.D_IT1 as line><#assign lineTotal = lineTotal + lineAmount(line)></#list>
<#assign allowanceTotal = sacTotal(charges, "A")>
<#assign chargeTotal = sacTotal(charges, "C")>
<#assign taxTotal = 0>
<#list m.TXI as txi><#if e.v(txi, "e02")?has_content><#assign taxTotal = taxTotal + e.v(txi, "e02")?number></#if></#list>
<#assign invoiceTotal = x.n2(e.v(m.TDS, "e01"))>
<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:ID>${e.v(big, "e02")}</cbc:ID>
  <cbc:IssueDate>${e.date(e.v(big, "e01"))}</cbc:IssueDate>
  <#-- A UBL 2.1 CreditNote has no DueDate: a credit memo's ITD06 goes to PaymentMeans/PaymentDueDate. -->
  <#if !creditNote><@el "cbc:DueDate" e.date(e.v(terms, "e06"))/></#if>
  <${typeElement}>${codes.invoiceTypes[e.v(big, "e07")]!"380"}</${typeElement}>
  <#list m.NTE as nte>
  <cbc:Note><#if e.v(nte, "e01")?has_content && e.v(nte, "e01") != "GEN">#${e.v(nte, "e01")}#</#if>${e.v(nte, "e02")}</cbc:Note>
  </#list>
  <cbc:DocumentCurrencyCode>${currency}</cbc:DocumentCurrencyCode>
  <@el "cbc:LineCountNumeric" e.v(m.CTT, "e01")/>
  <#if e.v(big, "e04")?has_content>
  <cac:OrderReference>
    <cbc:ID>${e.v(big, "e04")}</cbc:ID>
    <@el "cbc:IssueDate" e.date(e.v(big, "e03"))/>
  </cac:OrderReference>
  </#if>
  <#if x.ref(m.REF, "OI")?has_content>
  <cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>${x.ref(m.REF, "OI")}</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>
  </#if>
  <cac:AccountingSupplierParty><@party seller e.v(interchange.ISA, "e05") e.v(interchange.ISA, "e06")/></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><@party buyer e.v(interchange.ISA, "e07") e.v(interchange.ISA, "e08")/></cac:AccountingCustomerParty>
  <#assign shipped = e.date(x.dtm(m.DTM, "011"))>
  <#assign delivered = e.date(x.dtm(m.DTM, "035"))>
  <#if shipTo?has_content || shipped?has_content || delivered?has_content>
  <cac:Delivery>
    <@el "cbc:ActualDeliveryDate" delivered/>
    <#if shipTo?has_content>
    <#assign shipToScheme = codes.idSchemes[e.v(shipTo.N1, "e03")]!"">
    <cac:DeliveryLocation>
      <@id "cbc:ID" e.v(shipTo.N1, "e04") shipToScheme/>
      <@address shipTo.N3 shipTo.N4 "cac:Address"/>
    </cac:DeliveryLocation>
      <#if e.v(shipTo.N1, "e02")?has_content>
    <cac:DeliveryParty><cac:PartyName><cbc:Name>${e.v(shipTo.N1, "e02")}</cbc:Name></cac:PartyName></cac:DeliveryParty>
      </#if>
    </#if>
    <#if shipped?has_content><cac:Despatch><cbc:ActualDespatchDate>${shipped}</cbc:ActualDespatchDate></cac:Despatch></#if>
  </cac:Delivery>
  </#if>
  <#if creditNote && e.v(terms, "e06")?has_content>
  <cac:PaymentMeans><cbc:PaymentMeansCode>1</cbc:PaymentMeansCode><cbc:PaymentDueDate>${e.date(e.v(terms, "e06"))}</cbc:PaymentDueDate></cac:PaymentMeans>
  </#if>
  <#if e.v(terms, "e07")?has_content || e.v(terms, "e12")?has_content>
  <cac:PaymentTerms>
    <@el "cbc:Note" e.v(terms, "e12")/>
    <#if e.v(terms, "e07")?has_content>
    <cac:SettlementPeriod><cbc:DurationMeasure unitCode="DAY">${e.v(terms, "e07")}</cbc:DurationMeasure></cac:SettlementPeriod>
    </#if>
  </cac:PaymentTerms>
  </#if>
  <#list charges as loop><@allowanceCharge loop/></#list>
  <cac:TaxTotal>
    <@amount "cbc:TaxAmount" money(taxTotal)/>
    <#list m.TXI as txi>
      <#-- The taxable amount is TXI08; a single tax without one applies to the whole invoice net of tax. -->
      <#assign taxable = e.v(txi, "e08")?has_content?then(e.v(txi, "e08"),
          (m.TXI?size == 1)?then(money(lineTotal - allowanceTotal + chargeTotal), ""))>
      <#if taxable?has_content>
    <cac:TaxSubtotal>
      <@amount "cbc:TaxableAmount" taxable/>
      <@amount "cbc:TaxAmount" e.v(txi, "e02")?has_content?then(e.v(txi, "e02"), "0.00")/>
      <@taxCategory txi "cac:TaxCategory"/>
    </cac:TaxSubtotal>
      </#if>
    </#list>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <@amount "cbc:LineExtensionAmount" money(lineTotal)/>
    <@amount "cbc:TaxExclusiveAmount" money(lineTotal - allowanceTotal + chargeTotal)/>
    <@amount "cbc:TaxInclusiveAmount" invoiceTotal/>
    <#if allowanceTotal != 0><@amount "cbc:AllowanceTotalAmount" money(allowanceTotal)/></#if>
    <#if chargeTotal != 0><@amount "cbc:ChargeTotalAmount" money(chargeTotal)/></#if>
    <@amount "cbc:PayableAmount" invoiceTotal/>
  </cac:LegalMonetaryTotal>
  <#list m.D_IT1 as line>
  <#assign it1 = line.IT1>
  <#assign tax = (line.TXI[0])!{}>
  <#assign ids = x.productIds(it1, 6, 24)>
  <${lineElement}>
    <cbc:ID>${e.v(it1, "e01")?has_content?then(e.v(it1, "e01"), line?counter?c)}</cbc:ID>
    <${quantityElement} unitCode="${codes.toUbl(codes.units, e.v(it1, "e03"))}">${e.v(it1, "e02")}</${quantityElement}>
    <@amount "cbc:LineExtensionAmount" money(lineAmount(line))/>
    <#-- An InvoiceLine states its allowances before its tax total, a CreditNoteLine after. -->
    <#if creditNote && e.v(tax, "e02")?has_content>
    <cac:TaxTotal><@amount "cbc:TaxAmount" e.v(tax, "e02")/></cac:TaxTotal>
    </#if>
    <#list line.D_SAC?filter(loop -> e.v(loop.SAC, "e01") != "N") as loop><@allowanceCharge loop/></#list>
    <#if !creditNote && e.v(tax, "e02")?has_content>
    <cac:TaxTotal><@amount "cbc:TaxAmount" e.v(tax, "e02")/></cac:TaxTotal>
    </#if>
    <cac:Item>
      <#assign descriptions = line.D_PID?filter(loop -> e.v(loop.PID, "e01") == "F" && e.v(loop.PID, "e05")?has_content)>
      <#list descriptions as loop><#if !loop?is_first><cbc:Description>${e.v(loop.PID, "e05")}</cbc:Description></#if></#list>
      <#if descriptions?has_content><cbc:Name>${e.v(descriptions[0].PID, "e05")}</cbc:Name></#if>
      <#list ids?filter(pair -> pair[0] == "BP" || pair[0] == "IN") as pair>
      <#if pair?is_first><cac:BuyersItemIdentification><cbc:ID>${pair[1]}</cbc:ID></cac:BuyersItemIdentification></#if>
      </#list>
      <#list ids?filter(pair -> pair[0] == "VN") as pair>
      <#if pair?is_first><cac:SellersItemIdentification><cbc:ID>${pair[1]}</cbc:ID></cac:SellersItemIdentification></#if>
      </#list>
      <#list ids?filter(pair -> pair[0] == "MG") as pair>
      <#if pair?is_first><cac:ManufacturersItemIdentification><cbc:ID>${pair[1]}</cbc:ID></cac:ManufacturersItemIdentification></#if>
      </#list>
      <#-- UPC (12 digits), EAN (13) and GTIN-14 are all GTINs: ISO 6523 ICD 0160. -->
      <#list ids?filter(pair -> pair[0] == "UP" || pair[0] == "EN" || pair[0] == "UK") as pair>
      <#if pair?is_first><cac:StandardItemIdentification><cbc:ID schemeID="0160">${pair[1]}</cbc:ID></cac:StandardItemIdentification></#if>
      </#list>
      <#list ids?filter(pair -> !["BP", "IN", "VN", "MG", "UP", "EN", "UK"]?seq_contains(pair[0])) as pair>
      <cac:AdditionalItemIdentification><cbc:ID schemeID="${pair[0]}">${pair[1]}</cbc:ID></cac:AdditionalItemIdentification>
      </#list>
      <#if tax?has_content><@taxCategory tax "cac:ClassifiedTaxCategory"/></#if>
    </cac:Item>
    <#if e.v(it1, "e04")?has_content>
    <cac:Price>
      <@amount "cbc:PriceAmount" e.v(it1, "e04")/>
      <#if e.v(it1, "e05")?has_content><cbc:PriceTypeCode listID="X12-639">${e.v(it1, "e05")}</cbc:PriceTypeCode></#if>
    </cac:Price>
    </#if>
  </${lineElement}>
  </#list>
</${root}>
