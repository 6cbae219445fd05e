<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  UBL 2.1 Invoice -> X12 810 (004010). See ../README.md for the field table.
  Delimiters: * between elements, > between components, ~ after each segment (and a line break).
  Every value passes through w.v(), which refuses delimiters (X12 has no release character) and
  values longer than the element allows; amounts for N2 elements (TDS01, SAC05) through w.n2().
  Segments are written one per line into "body" and counted by the seg macro for SE01.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/x12-write.ftl" as w>
<#import "/common/x12-codes.ftl" as codes>
<#assign inv = Invoice>
<#-- The credit-note mappings set Invoice to the CreditNote and creditNote to true before including this template. -->
<#assign creditNote = creditNote!false>
<#assign typeCode = u.t(inv[creditNote?then("cbc:CreditNoteTypeCode", "cbc:InvoiceTypeCode")])>
<#assign lineElement = creditNote?then("cac:CreditNoteLine", "cac:InvoiceLine")>
<#assign quantityElement = creditNote?then("cbc:CreditedQuantity", "cbc:InvoicedQuantity")>
<#assign dueDate = u.t(inv[creditNote?then("cac:PaymentMeans/cbc:PaymentDueDate", "cbc:DueDate")])>
<#assign count = 0>
<#-- One segment: counted for SE01 and ended with its own line break, so several may share a template line. -->
<#macro seg><#assign count = count + 1><#nested>${"\n"}</#macro>

<#-- The identifier of a party (EndpointID, else its first PartyIdentification) and its scheme. -->
<#function partyId party>
  <#if u.t(party["cbc:EndpointID"])?has_content>
    <#return [u.t(party["cbc:EndpointID"]), u.a(party["cbc:EndpointID"], "schemeID")]>
  </#if>
  <#return [u.t(party["cac:PartyIdentification/cbc:ID"]), u.a(party["cac:PartyIdentification/cbc:ID"], "schemeID")]>
</#function>

<#-- N103: the X12 qualifier of a UBL scheme; an identifier without a known scheme is mutually defined (ZZ). -->
<#function idQualifier scheme>
  <#local qualifier = codes.toX12(codes.idSchemes, codes.idSchemesFromUbl, scheme)>
  <#return (qualifier == scheme)?then("ZZ", qualifier)>
</#function>

<#macro n1 code name id scheme address>
  <@seg>N1*${code}*${w.v(name, "N102", 60)}<#if id?has_content>*${idQualifier(scheme)}*${w.v(id, "N104", 80)}</#if></@seg>
  <#if address?has_content>
    <#if u.t(address["cbc:StreetName"])?has_content>
  <@seg>N3*${w.v(u.t(address["cbc:StreetName"]), "N301", 55)}<#if u.t(address["cbc:AdditionalStreetName"])?has_content>*${w.v(u.t(address["cbc:AdditionalStreetName"]), "N302", 55)}</#if></@seg>
    </#if>
    <#-- N402 is a two-letter state or province code; a longer subdivision name has no place in N4. -->
    <#local state = u.t(address["cbc:CountrySubentity"])>
    <#if u.t(address["cbc:CityName"])?has_content || state?length == 2 || u.t(address["cbc:PostalZone"])?has_content
        || u.t(address["cac:Country/cbc:IdentificationCode"])?has_content>
  <@seg>N4*${w.v(u.t(address["cbc:CityName"]), "N401", 30)}*<#if state?length == 2>${w.v(state, "N402", 2)}</#if>*${w.v(u.t(address["cbc:PostalZone"]), "N403", 15)}*${w.v(u.t(address["cac:Country/cbc:IdentificationCode"]), "N404", 3)}</@seg>
    </#if>
  </#if>
</#macro>

<#macro party code party>
  <#local id = partyId(party)>
  <#local name = u.t(party["cac:PartyName/cbc:Name"])>
  <#if !name?has_content><#local name = u.t(party["cac:PartyLegalEntity/cbc:RegistrationName"])></#if>
  <@n1 code name id[0] id[1] party["cac:PostalAddress"]/>
  <#list party["cac:PartyTaxScheme"] as registration>
    <#local qualifier = codes.toX12(codes.taxRegistrations, {}, u.t(registration["cac:TaxScheme/cbc:ID"]))>
    <#if codes.taxRegistrations[qualifier]??><@seg>REF*${qualifier}*${w.v(u.t(registration["cbc:CompanyID"]), "REF02", 30)}</@seg></#if>
  </#list>
  <#local contact = party["cac:Contact"]>
  <#if contact?has_content>
  <@seg>PER*IC*${w.v(u.t(contact["cbc:Name"]), "PER02", 60)}<#list [["TE", "cbc:Telephone"], ["FX", "cbc:Telefax"], ["EM", "cbc:ElectronicMail"]] as number><#if u.t(contact[number[1]])?has_content>*${number[0]}*${w.v(u.t(contact[number[1]]), "PER04", 80)}</#if></#list></@seg>
  </#if>
</#macro>

<#-- TXI for a tax category and an optional tax amount and taxable amount (TXI08). -->
<#macro txi category amount taxable>
  <#local type = codes.toX12(codes.taxTypes, {}, u.t(category["cac:TaxScheme/cbc:ID"]))>
  <#local exempt = u.t(category["cbc:ID"]) == "E">
  <@seg>TXI*${w.v(type, "TXI01", 2)}*${w.v(amount, "TXI02", 18)}*${w.v(u.t(category["cbc:Percent"]), "TXI03", 10)}***<#if exempt>1</#if>**${w.v(taxable, "TXI08", 9)}</@seg>
</#macro>

<#macro sac ac>
  <#local charge = u.t(ac["cbc:ChargeIndicator"]) == "true">
  <#local reason = u.t(ac["cbc:AllowanceChargeReasonCode"])>
  <#local code = codes.toX12(codes.allowanceCharges, {}, reason)>
  <#-- SAC02 is a four-character X12 code; a UBL code without one is sent as mutually defined. -->
  <#if code == reason && !code?matches("[A-Z][0-9]{3}")><#local code = "ZZZZ"></#if>
  <#local percent = u.t(ac["cbc:MultiplierFactorNumeric"])>
  <@seg>SAC*${charge?then("C", "A")}*${code}***${w.n2(u.t(ac["cbc:Amount"]), "SAC05")}*<#if percent?has_content>3*${w.v(percent, "SAC07", 6)}<#else>*</#if>********${w.v(u.t(ac["cbc:AllowanceChargeReason"]), "SAC15", 80)}</@seg>
  <#if ac["cac:TaxCategory"]?has_content><@txi ac["cac:TaxCategory"] u.t(ac["cac:TaxTotal/cbc:TaxAmount"]) ""/></#if>
</#macro>

<#-- IT106 onwards: the line's product identifiers as qualifier*id pairs (GTIN by its length). -->
<#function productIds item>
  <#local pairs = []>
  <#local gtin = u.t(item["cac:StandardItemIdentification/cbc:ID"])>
  <#if gtin?has_content><#local pairs = pairs + [[{"12": "UP", "14": "UK"}[gtin?length?c]!"EN", gtin]]></#if>
  <#list [["VN", "cac:SellersItemIdentification/cbc:ID"], ["BP", "cac:BuyersItemIdentification/cbc:ID"],
          ["MG", "cac:ManufacturersItemIdentification/cbc:ID"]] as source>
    <#if u.t(item[source[1]])?has_content><#local pairs = pairs + [[source[0], u.t(item[source[1]])]]></#if>
  </#list>
  <#list item["cac:AdditionalItemIdentification/cbc:ID"] as additional>
    <#if u.a(additional, "schemeID")?length == 2><#local pairs = pairs + [[u.a(additional, "schemeID"), additional?trim]]></#if>
  </#list>
  <#return pairs>
</#function>

<#assign supplier = inv["cac:AccountingSupplierParty/cac:Party"]>
<#assign customer = inv["cac:AccountingCustomerParty/cac:Party"]>
<#assign sender = partyId(supplier)>
<#assign receiver = partyId(customer)>
<#assign control = w.controlNumber(entrepot.controlReference)>
<#assign totals = inv["cac:LegalMonetaryTotal"]>
<#assign total = u.t(totals["cbc:TaxInclusiveAmount"])?has_content?then(u.t(totals["cbc:TaxInclusiveAmount"]), u.t(totals["cbc:PayableAmount"]))>
<#assign body>
ISA*00*          *00*          *${codes.interchangeQualifiers[sender[1]]!"ZZ"}*${w.fixed(sender[0], "ISA06", 15)}*${codes.interchangeQualifiers[receiver[1]]!"ZZ"}*${w.fixed(receiver[0], "ISA08", 15)}*${entrepot.shortDate}*${entrepot.time}*U*00401*${control}*0*P*>
GS*IN*${w.v(sender[0], "GS02", 15)}*${w.v(receiver[0], "GS03", 15)}*${entrepot.date}*${entrepot.time}*${control?number?c}*X*004010
<@seg>ST*810*0001</@seg>
<@seg>BIG*${u.ccyymmdd(u.t(inv["cbc:IssueDate"]))}*${w.v(u.t(inv["cbc:ID"]), "BIG02", 22)}*${u.ccyymmdd(u.t(inv["cac:OrderReference/cbc:IssueDate"]))}*${w.v(u.t(inv["cac:OrderReference/cbc:ID"]), "BIG04", 22)}<#if codes.toX12(codes.invoiceTypes, {}, typeCode) != typeCode>***${codes.toX12(codes.invoiceTypes, {}, typeCode)}</#if></@seg>
<#list inv["cbc:Note"] as note>
  <#assign text = note?string>
  <#assign subject = "GEN">
  <#if text?matches("^#[A-Z0-9]{3}#.*", "s")><#assign subject = text[1..3]><#assign text = text[5..]></#if>
  <#list w.chunks(text, 80, 100) as piece><@seg>NTE*${subject}*${w.v(piece, "NTE02", 80)}</@seg></#list>
</#list>
<@seg>CUR*SE*${w.v(u.t(inv["cbc:DocumentCurrencyCode"]), "CUR02", 3)}</@seg>
<#if u.t(inv["cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"])?has_content><@seg>REF*OI*${w.v(u.t(inv["cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"]), "REF02", 30)}</@seg></#if>
<@party "SE" supplier/>
<@party "BY" customer/>
<#assign location = inv["cac:Delivery/cac:DeliveryLocation"]>
<#if location?has_content>
  <@n1 "ST" u.t(inv["cac:Delivery/cac:DeliveryParty/cac:PartyName/cbc:Name"]) u.t(location["cbc:ID"]) u.a(location["cbc:ID"], "schemeID") location["cac:Address"]/>
</#if>
<#assign days = u.t(inv["cac:PaymentTerms/cac:SettlementPeriod/cbc:DurationMeasure"])>
<#assign termsNote = u.t(inv["cac:PaymentTerms/cbc:Note"])>
<#if days?has_content || termsNote?has_content || dueDate?has_content>
<@seg>ITD*01*3****${u.ccyymmdd(dueDate)}*${w.v(days, "ITD07", 3)}*****${w.v(termsNote, "ITD12", 80)}</@seg>
</#if>
<#if u.t(inv["cac:Delivery/cac:Despatch/cbc:ActualDespatchDate"])?has_content><@seg>DTM*011*${u.ccyymmdd(u.t(inv["cac:Delivery/cac:Despatch/cbc:ActualDespatchDate"]))}</@seg></#if>
<#if u.t(inv["cac:Delivery/cbc:ActualDeliveryDate"])?has_content><@seg>DTM*035*${u.ccyymmdd(u.t(inv["cac:Delivery/cbc:ActualDeliveryDate"]))}</@seg></#if>
<#list inv[lineElement] as line>
  <#assign item = line["cac:Item"]>
  <#assign unit = u.a(line[quantityElement], "unitCode")>
  <#-- IT104 is a price per unit: a UBL price for several units cannot be carried without changing it. -->
  <#assign baseQuantity = u.t(line["cac:Price/cbc:BaseQuantity"])>
  <#if baseQuantity?has_content && baseQuantity?number != 1>
    <#stop "IT104 is a price per unit; line " + u.t(line["cbc:ID"]) + " prices " + baseQuantity + " units (Price/BaseQuantity)">
  </#if>
  <#assign basis = (u.a(line["cac:Price/cbc:PriceTypeCode"], "listID") == "X12-639")?then(u.t(line["cac:Price/cbc:PriceTypeCode"]), "")>
  <@seg>IT1*${w.v(u.t(line["cbc:ID"]), "IT101", 20)}*${w.v(u.t(line[quantityElement]), "IT102", 10)}*${w.v(codes.toX12(codes.units, codes.unitsFromUbl, unit), "IT103", 2)}*${w.v(u.t(line["cac:Price/cbc:PriceAmount"]), "IT104", 17)}*${w.v(basis, "IT105", 2)}<#list productIds(item) as pair>*${w.v(pair[0], "IT106", 2)}*${w.v(pair[1], "IT107", 48)}</#list></@seg>
  <#if item["cac:ClassifiedTaxCategory"]?has_content><@txi item["cac:ClassifiedTaxCategory"] u.t(line["cac:TaxTotal/cbc:TaxAmount"]) ""/></#if>
  <#if u.t(item["cbc:Name"])?has_content><@seg>PID*F****${w.v(u.t(item["cbc:Name"]), "PID05", 80)}</@seg></#if>
  <#list item["cbc:Description"] as description><@seg>PID*F****${w.v(description?trim, "PID05", 80)}</@seg></#list>
  <#list line["cac:AllowanceCharge"] as ac><@sac ac/></#list>
</#list>
<@seg>TDS*${w.n2(total, "TDS01")}</@seg>
<#list inv["cac:TaxTotal/cac:TaxSubtotal"] as subtotal>
  <@txi subtotal["cac:TaxCategory"] u.t(subtotal["cbc:TaxAmount"]) u.t(subtotal["cbc:TaxableAmount"])/>
</#list>
<#list inv["cac:AllowanceCharge"] as ac><@sac ac/></#list>
<@seg>CTT*${inv[lineElement]?size}</@seg>
SE*${count + 1}*0001
GE*1*${control?number?c}
IEA*1*${control}
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, no empty trailing elements. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("\\*+$", "", "r")}~
</#if></#list>
