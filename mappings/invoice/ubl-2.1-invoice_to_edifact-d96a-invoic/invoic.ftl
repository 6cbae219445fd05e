<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  UBL 2.1 Invoice -> EDIFACT INVOIC D.96A. See ../README.md for the field table.
  Latin-1 text goes out as UNOC syntax 3; anything else (Chinese names, say) as UNOW (UTF-8) syntax 4.
  Every value passes through esc() (release characters); amounts are copied as written.
  Segments are written one per line into "body" and counted by the seg macro for UNT.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/edifact-write.ftl" as w>
<#assign inv = Invoice>
<#-- The credit-note mappings set Invoice to the CreditNote and creditNote to true before including this template. -->
<#assign creditNote = creditNote!false>
<#assign typeElement = creditNote?then("cbc:CreditNoteTypeCode", "cbc:InvoiceTypeCode")>
<#assign lineElement = creditNote?then("cac:CreditNoteLine", "cac:InvoiceLine")>
<#assign quantityElement = creditNote?then("cbc:CreditedQuantity", "cbc:InvoicedQuantity")>
<#assign dueDate = u.t(inv[creditNote?then("cac:PaymentMeans/cbc:PaymentDueDate", "cbc:DueDate")])>
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#-- The D.01B writer sets directory before including this one; the two differ only where D.01B has more room. -->
<#assign d01b = (directory!"D96A") == "D01B">
<#assign units = {"H87": "PCE", "C62": "PCE", "EA": "EA", "KGM": "KGM", "MTR": "MTR", "LTR": "LTR", "SET": "SET", "PR": "PR"}>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>'
</#macro>

<#-- The UNB qualifier for a UBL party identifier scheme: GLN (0088) -> 14, DUNS (0060) -> 16, else mutually defined. -->
<#function unbQualifier scheme>
  <#return (scheme == "0088" || scheme == "GLN")?then("14", (scheme == "0060" || scheme == "DUNS")?then("16", "ZZZ"))>
</#function>
<#function agency scheme>
  <#return (scheme == "0088" || scheme == "GLN")?then("9", (scheme == "0060" || scheme == "DUNS")?then("16", ""))>
</#function>

<#--
  UBL's CountrySubentity is free text; NAD 3229 is a code of at most 9 characters. A longer name
  goes to C819 3228 (an..35) in D.01B; D.96A has no element for it, so it is left out there.
-->
<#function subdivision name>
  <#if name?length <= 9><#return esc(name)></#if>
  <#if d01b && name?length <= 35><#return ":::" + esc(name)></#if>
  <#return "">
</#function>

<#-- Text over two 35-character components (IMD C273 7008, ALC C214 7160), cut at 35 characters: a reader joins them again. -->
<#function twoComponents text>
  <#local written = []>
  <#list w.chunks(text, 35, 2) as piece><#local written = written + [esc(piece)]></#list>
  <#return written?join(":")>
</#function>

<#macro nad qualifier party>
  <#local id = u.t(party["cbc:EndpointID"])!"">
  <#local scheme = u.a(party["cbc:EndpointID"], "schemeID")>
  <#if !id?has_content>
    <#local id = u.t(party["cac:PartyIdentification/cbc:ID"])>
    <#local scheme = u.a(party["cac:PartyIdentification/cbc:ID"], "schemeID")>
  </#if>
  <#local address = party["cac:PostalAddress"]>
  <#local name = u.t(party["cac:PartyName/cbc:Name"])>
  <#if !name?has_content><#local name = u.t(party["cac:PartyLegalEntity/cbc:RegistrationName"])></#if>
  <#-- Xalan refuses paths below an empty node set: a party without an address is written without one. -->
  <#if address?has_content>
  <@seg>NAD+${qualifier}+${esc(id)}::${agency(scheme)}++${esc(name)}+${esc(u.t(address["cbc:StreetName"]))}<#if u.t(address["cbc:AdditionalStreetName"])?has_content>:${esc(u.t(address["cbc:AdditionalStreetName"]))}</#if>+${esc(u.t(address["cbc:CityName"]))}+${subdivision(u.t(address["cbc:CountrySubentity"]))}+${esc(u.t(address["cbc:PostalZone"]))}+${esc(u.t(address["cac:Country/cbc:IdentificationCode"]))}</@seg>
  <#else>
  <@seg>NAD+${qualifier}+${esc(id)}::${agency(scheme)}++${esc(name)}</@seg>
  </#if>
</#macro>

<#macro tax category>
  <@seg>TAX+7+${esc(u.t(category["cac:TaxScheme/cbc:ID"])!"VAT")}+++:::${esc(u.t(category["cbc:Percent"]))}+${esc(u.t(category["cbc:ID"]))}</@seg>
</#macro>

<#macro allowanceCharge ac amountQualifier>
  <#local charge = u.t(ac["cbc:ChargeIndicator"]) == "true">
  <@seg>ALC+${charge?then("C", "A")}++++${esc(u.t(ac["cbc:AllowanceChargeReasonCode"]))}<#if u.t(ac["cbc:AllowanceChargeReason"])?has_content>:::${twoComponents(u.t(ac["cbc:AllowanceChargeReason"]))}</#if></@seg>
  <#if u.t(ac["cbc:MultiplierFactorNumeric"])?has_content><@seg>PCD+${charge?then("2", "1")}:${u.t(ac["cbc:MultiplierFactorNumeric"])}</@seg></#if>
  <@seg>MOA+${amountQualifier?has_content?then(amountQualifier, charge?then("23", "204"))}:${u.t(ac["cbc:Amount"])}</@seg>
  <#if u.t(ac["cbc:BaseAmount"])?has_content><@seg>MOA+25:${u.t(ac["cbc:BaseAmount"])}</@seg></#if>
  <#if ac["cac:TaxCategory"]?has_content><@tax ac["cac:TaxCategory"]/></#if>
</#macro>

<#assign supplier = inv["cac:AccountingSupplierParty/cac:Party"]>
<#assign customer = inv["cac:AccountingCustomerParty/cac:Party"]>
<#assign sender = u.t(supplier["cbc:EndpointID"])>
<#assign senderScheme = u.a(supplier["cbc:EndpointID"], "schemeID")>
<#assign receiver = u.t(customer["cbc:EndpointID"])>
<#assign receiverScheme = u.a(customer["cbc:EndpointID"], "schemeID")>
<#assign totals = inv["cac:LegalMonetaryTotal"]>
<#assign body>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(sender)}:${unbQualifier(senderScheme)}+${esc(receiver)}:${unbQualifier(receiverScheme)}+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++INVOIC'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(sender)}:${unbQualifier(senderScheme)}+${esc(receiver)}:${unbQualifier(receiverScheme)}+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++INVOIC'
</#if>
<@seg>UNH+1+INVOIC:D:96A:UN</@seg>
<@seg>BGM+${esc(u.t(inv[typeElement])?has_content?then(u.t(inv[typeElement]), creditNote?then("381", "380")))}+${esc(u.t(inv["cbc:ID"]))}+9</@seg>
<@seg>DTM+137:${u.ccyymmdd(u.t(inv["cbc:IssueDate"]))}:102</@seg>
<#if u.t(inv["cac:Delivery/cbc:ActualDeliveryDate"])?has_content><@seg>DTM+35:${u.ccyymmdd(u.t(inv["cac:Delivery/cbc:ActualDeliveryDate"]))}:102</@seg></#if>
<#if u.t(inv["cbc:TaxPointDate"])?has_content><@seg>DTM+131:${u.ccyymmdd(u.t(inv["cbc:TaxPointDate"]))}:102</@seg></#if>
<#-- UNCL 4461 code 1 ("instrument not defined") is what the reverse mapping writes when PAI is absent. -->
<#assign means = u.t(inv["cac:PaymentMeans/cbc:PaymentMeansCode"])>
<#if means?has_content && means != "1"><@seg>PAI+::${esc(means)}</@seg></#if>
<#list inv["cbc:Note"] as note>
  <#assign text = note?string>
  <#assign subject = "AAI">
  <#if text?matches("^#[A-Z0-9]{3}#.*", "s")><#assign subject = text[1..3]><#assign text = text[5..]></#if>
  <@seg>FTX+${subject}+++<#list w.chunks(text, 70, 5) as piece>${esc(piece)}<#sep>:</#list></@seg>
</#list>
<#if inv["cac:OrderReference"]?has_content>
<@seg>RFF+ON:${esc(u.t(inv["cac:OrderReference/cbc:ID"]))}</@seg>
<#if u.t(inv["cac:OrderReference/cbc:IssueDate"])?has_content><@seg>DTM+171:${u.ccyymmdd(u.t(inv["cac:OrderReference/cbc:IssueDate"]))}:102</@seg></#if>
</#if>
<#assign invoiceReference = inv["cac:BillingReference/cac:InvoiceDocumentReference"]>
<#if invoiceReference?has_content>
<@seg>RFF+IV:${esc(u.t(invoiceReference["cbc:ID"]))}</@seg>
<#if u.t(invoiceReference["cbc:IssueDate"])?has_content><@seg>DTM+171:${u.ccyymmdd(u.t(invoiceReference["cbc:IssueDate"]))}:102</@seg></#if>
</#if>
<@nad "SU" supplier/>
<#assign account = inv["cac:PaymentMeans/cac:PayeeFinancialAccount"]>
<#if account?has_content>
<@seg>FII+RB+${esc(u.t(account["cbc:ID"]))}<#if u.t(account["cbc:Name"])?has_content>:${esc(u.t(account["cbc:Name"]))}</#if><#if u.t(account["cac:FinancialInstitutionBranch/cbc:ID"])?has_content>+${esc(u.t(account["cac:FinancialInstitutionBranch/cbc:ID"]))}:25:17</#if></@seg>
</#if>
<#if u.t(supplier["cac:PartyTaxScheme/cbc:CompanyID"])?has_content><@seg>RFF+VA:${esc(u.t(supplier["cac:PartyTaxScheme/cbc:CompanyID"]))}</@seg></#if>
<@nad "BY" customer/>
<#if u.t(customer["cac:PartyTaxScheme/cbc:CompanyID"])?has_content><@seg>RFF+VA:${esc(u.t(customer["cac:PartyTaxScheme/cbc:CompanyID"]))}</@seg></#if>
<#assign location = inv["cac:Delivery/cac:DeliveryLocation"]>
<#if location?has_content>
  <#assign address = location["cac:Address"]>
  <#assign deliveryName = inv["cac:Delivery/cac:DeliveryParty"]?has_content?then(u.t(inv["cac:Delivery/cac:DeliveryParty/cac:PartyName/cbc:Name"]), "")>
  <#if address?has_content>
  <@seg>NAD+DP+${esc(u.t(location["cbc:ID"]))}::${agency(u.a(location["cbc:ID"], "schemeID"))}++${esc(deliveryName)}+${esc(u.t(address["cbc:StreetName"]))}+${esc(u.t(address["cbc:CityName"]))}++${esc(u.t(address["cbc:PostalZone"]))}+${esc(u.t(address["cac:Country/cbc:IdentificationCode"]))}</@seg>
  <#else>
  <@seg>NAD+DP+${esc(u.t(location["cbc:ID"]))}::${agency(u.a(location["cbc:ID"], "schemeID"))}++${esc(deliveryName)}</@seg>
  </#if>
</#if>
<@seg>CUX+2:${esc(u.t(inv["cbc:DocumentCurrencyCode"]))}:4</@seg>
<#assign days = u.t(inv["cac:PaymentTerms/cac:SettlementPeriod/cbc:DurationMeasure"])>
<#if days?has_content || dueDate?has_content>
<@seg>PAT+1<#if days?has_content>++5:3:D:${days}</#if></@seg>
<#if dueDate?has_content><@seg>DTM+13:${u.ccyymmdd(dueDate)}:102</@seg></#if>
</#if>
<#list inv["cac:AllowanceCharge"] as ac><@allowanceCharge ac "8"/></#list>
<#list inv[lineElement] as line>
  <#assign item = line["cac:Item"]>
  <#assign gtin = u.t(item["cac:StandardItemIdentification/cbc:ID"])>
  <@seg>LIN+${esc(u.t(line["cbc:ID"]))}<#if gtin?has_content>++${esc(gtin)}:SRV</#if></@seg>
  <#assign sellers = u.t(item["cac:SellersItemIdentification/cbc:ID"])>
  <#assign buyers = u.t(item["cac:BuyersItemIdentification/cbc:ID"])>
  <#if sellers?has_content || buyers?has_content>
  <@seg>PIA+1<#if sellers?has_content>+${esc(sellers)}:SA</#if><#if buyers?has_content>+${esc(buyers)}:IN</#if></@seg>
  </#if>
  <#-- a name longer than one IMD holds (2 x 35) continues in further IMD+F segments, in order -->
  <#list w.chunks(u.t(item["cbc:Name"]), 70, 99) as part><@seg>IMD+F++:::${twoComponents(part)}</@seg></#list>
  <#assign unit = u.a(line[quantityElement], "unitCode")>
  <@seg>QTY+47:${u.t(line[quantityElement])}<#if unit?has_content>:${esc(units[unit]!unit)}</#if></@seg>
  <@seg>MOA+203:${u.t(line["cbc:LineExtensionAmount"])}</@seg>
  <#if line["cac:Price"]?has_content><@seg>PRI+AAA:${u.t(line["cac:Price/cbc:PriceAmount"])}</@seg></#if>
  <#if item["cac:ClassifiedTaxCategory"]?has_content><@tax item["cac:ClassifiedTaxCategory"]/></#if>
  <#list line["cac:AllowanceCharge"] as ac><@allowanceCharge ac ""/></#list>
</#list>
<@seg>UNS+S</@seg>
<@seg>CNT+2:${inv[lineElement]?size}</@seg>
<#list [["79", "cbc:LineExtensionAmount"], ["259", "cbc:ChargeTotalAmount"], ["260", "cbc:AllowanceTotalAmount"],
        ["125", "cbc:TaxExclusiveAmount"], ["176", "TAX"], ["77", "cbc:TaxInclusiveAmount"], ["113", "cbc:PrepaidAmount"],
        ["9", "cbc:PayableAmount"]] as total>
  <#assign amount = (total[1] == "TAX")?then(u.t(inv["cac:TaxTotal/cbc:TaxAmount"]), u.t(totals[total[1]]))>
  <#if amount?has_content><@seg>MOA+${total[0]}:${amount}</@seg></#if>
</#list>
<#list inv["cac:TaxTotal/cac:TaxSubtotal"] as subtotal>
  <@tax subtotal["cac:TaxCategory"]/>
  <@seg>MOA+125:${u.t(subtotal["cbc:TaxableAmount"])}</@seg>
  <@seg>MOA+124:${u.t(subtotal["cbc:TaxAmount"])}</@seg>
</#list>
UNT+${count + 1}+1'
UNZ+1+${entrepot.controlReference}'
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, nothing around it. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim}
</#if></#list>