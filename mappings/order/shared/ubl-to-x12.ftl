<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  UBL 2.1 Order / OrderResponse / OrderChange -> X12 850 / 855 / 860.
  Included by the pair's template, which sets `kind` (the UBL root), `doc` (its node) and
  `version` ("004010" or "005010"). See ../README.md for the field table.
  Delimiters: * between elements, > between components, ~ after each segment (and a line break),
  ^ between repetitions in 005010. Every value passes through val(), which refuses delimiters
  (X12 has no release character) and values longer than the element allows.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/x12-write.ftl" as w>
<#import "/common/x12-codes.ftl" as xc>
<#import "/order/shared/codes.ftl" as codes>
<#setting locale="en_US">
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>${"\n"}</#macro>
<#assign set = codes.x12Sets[kind]>
<#assign change = kind == "OrderChange">
<#assign referenceLength = (version == "005010")?then(50, 30)>

<#function partyId party>
  <#if u.t(party["cbc:EndpointID"])?has_content><#return [u.t(party["cbc:EndpointID"]), u.a(party["cbc:EndpointID"], "schemeID")]></#if>
  <#return [u.t(party["cac:PartyIdentification/cbc:ID"]), u.a(party["cac:PartyIdentification/cbc:ID"], "schemeID")]>
</#function>

<#function idQualifier scheme>
  <#local qualifier = xc.toX12(xc.idSchemes, xc.idSchemesFromUbl, scheme)>
  <#return (qualifier == scheme)?then("ZZ", qualifier)>
</#function>

<#macro n1 code name id scheme address>
  <@seg>N1*${code}*${val(name, "N102", 60)}<#if id?has_content>*${idQualifier(scheme)}*${val(id, "N104", 80)}</#if></@seg>
  <#if address?has_content>
    <#if u.t(address["cbc:StreetName"])?has_content>
  <@seg>N3*${val(u.t(address["cbc:StreetName"]), "N301", 55)}<#if u.t(address["cbc:AdditionalStreetName"])?has_content>*${val(u.t(address["cbc:AdditionalStreetName"]), "N302", 55)}</#if></@seg>
    </#if>
    <#local state = u.t(address["cbc:CountrySubentity"])>
    <#if u.t(address["cbc:CityName"])?has_content || state?length == 2 || u.t(address["cbc:PostalZone"])?has_content
        || u.t(address["cac:Country/cbc:IdentificationCode"])?has_content>
  <@seg>N4*${val(u.t(address["cbc:CityName"]), "N401", 30)}*<#if state?length == 2>${val(state, "N402", 2)}</#if>*${val(u.t(address["cbc:PostalZone"]), "N403", 15)}*${val(u.t(address["cac:Country/cbc:IdentificationCode"]), "N404", 3)}</@seg>
    </#if>
  </#if>
</#macro>

<#macro party code party contactCode>
  <#if party?has_content>
  <#local id = partyId(party)>
  <#local name = u.t(party["cac:PartyName/cbc:Name"])>
  <#if !name?has_content><#local name = u.t(party["cac:PartyLegalEntity/cbc:RegistrationName"])></#if>
  <@n1 code name id[0] id[1] party["cac:PostalAddress"]/>
  <#list party["cac:PartyTaxScheme"] as registration>
    <#local qualifier = xc.toX12(xc.taxRegistrations, {}, u.t(registration["cac:TaxScheme/cbc:ID"]))>
    <#if xc.taxRegistrations[qualifier]??><@seg>REF*${qualifier}*${val(u.t(registration["cbc:CompanyID"]), "REF02", referenceLength)}</@seg></#if>
  </#list>
  <#local contact = party["cac:Contact"]>
  <#if contact?has_content>
  <@seg>PER*${contactCode}*${val(u.t(contact["cbc:Name"]), "PER02", 60)}<#list [["TE", "cbc:Telephone"], ["FX", "cbc:Telefax"], ["EM", "cbc:ElectronicMail"]] as number><#if u.t(contact[number[1]])?has_content>*${number[0]}*${val(u.t(contact[number[1]]), "PER04", 80)}</#if></#list></@seg>
  </#if>
  </#if>
</#macro>

<#function productIds item>
  <#local pairs = []>
  <#local gtin = u.t(item["cac:StandardItemIdentification/cbc:ID"])>
  <#if gtin?has_content><#local pairs = pairs + [[{"12": "UP", "14": "UK"}[gtin?length?c]!"EN", gtin]]></#if>
  <#list [["VN", "cac:SellersItemIdentification/cbc:ID"], ["BP", "cac:BuyersItemIdentification/cbc:ID"]] as source>
    <#if u.t(item[source[1]])?has_content><#local pairs = pairs + [[source[0], u.t(item[source[1]])]]></#if>
  </#list>
  <#return pairs>
</#function>

<#macro sac ac>
  <#local charge = u.t(ac["cbc:ChargeIndicator"]) == "true">
  <#local reason = u.t(ac["cbc:AllowanceChargeReasonCode"])>
  <#local code = xc.toX12(xc.allowanceCharges, {}, reason)>
  <#-- SAC02 is a four-character X12 code; a UBL code without one is sent as mutually defined. -->
  <#if code == reason && !code?matches("[A-Z][0-9]{3}")><#local code = "ZZZZ"></#if>
  <@seg>SAC*${charge?then("C", "A")}*${code}***${w.n2(u.t(ac["cbc:Amount"]), "SAC05")}**********${val(u.t(ac["cbc:AllowanceChargeReason"]), "SAC15", 80)}</@seg>
</#macro>

<#function date iso><#return u.ccyymmdd(iso)></#function>

<#-- w.v() for this version: 005010 declares ^ as the repetition separator, so a value may not contain it either. -->
<#function val value element max>
  <#if version == "005010" && value?string?contains("^")>
    <#stop element + " cannot carry " + w.quoted(value?string) + ": '^' is the repetition separator of this 005010 interchange">
  </#if>
  <#return w.v(value, element, max)>
</#function>

<#assign buyer = doc["cac:BuyerCustomerParty/cac:Party"]>
<#assign seller = doc["cac:SellerSupplierParty/cac:Party"]>
<#assign sender = partyId((kind == "OrderResponse")?then(seller, buyer))>
<#assign receiver = partyId((kind == "OrderResponse")?then(buyer, seller))>
<#assign control = w.controlNumber(entrepot.controlReference)>
<#assign totals = doc[(kind == "OrderResponse")?then("cac:LegalMonetaryTotal", "cac:AnticipatedMonetaryTotal")]>
<#assign orderReference = doc["cac:OrderReference"]>
<#assign contract = val(u.t(doc["cac:Contract/cbc:ID"]), "contract number", 30)>
<#assign body>
ISA*00*          *00*          *${xc.interchangeQualifiers[sender[1]]!"ZZ"}*${w.fixed(sender[0], "ISA06", 15)}*${xc.interchangeQualifiers[receiver[1]]!"ZZ"}*${w.fixed(receiver[0], "ISA08", 15)}*${entrepot.shortDate}*${entrepot.time}*${(version == "005010")?then("^", "U")}*${version[0..4]}*${control}*0*P*>
GS*${codes.functionalGroups[kind]}*${val(sender[0], "GS02", 15)}*${val(receiver[0], "GS03", 15)}*${entrepot.date}*${entrepot.time}*${control?number?c}*X*${version}
<@seg>ST*${set}*0001</@seg>
<#if kind == "Order">
<@seg>BEG*00*${val(xc.toX12(codes.orderTypes, {}, u.t(doc["cbc:OrderTypeCode"])?has_content?then(u.t(doc["cbc:OrderTypeCode"]), "220")), "BEG02", 2)}*${val(u.t(doc["cbc:ID"]), "BEG03", 22)}**${date(u.t(doc["cbc:IssueDate"]))}<#if contract?has_content>*${contract}</#if></@seg>
<#elseif kind == "OrderResponse">
<#-- BAK04, the order's date, is mandatory: a response that does not state it goes out with its own date. -->
<#assign orderDate = u.t(orderReference["cbc:IssueDate"])?has_content?then(u.t(orderReference["cbc:IssueDate"]), u.t(doc["cbc:IssueDate"]))>
<@seg>BAK*00*${val(xc.toX12(codes.responseTypes, {}, u.t(doc["cbc:OrderResponseCode"])), "BAK02", 2)}*${val(u.t(orderReference["cbc:ID"]), "BAK03", 22)}*${date(orderDate)}***${contract}*${val(u.t(doc["cbc:ID"]), "BAK08", referenceLength)}*${date(u.t(doc["cbc:IssueDate"]))}</@seg>
<#else>
<#assign orderType = u.t(orderReference["cbc:OrderTypeCode"])?has_content?then(xc.toX12(codes.orderTypes, {}, u.t(orderReference["cbc:OrderTypeCode"])), "SA")>
<#assign orderDate = u.t(orderReference["cbc:IssueDate"])?has_content?then(u.t(orderReference["cbc:IssueDate"]), u.t(doc["cbc:IssueDate"]))>
<@seg>BCH*04*${val(orderType, "BCH02", 2)}*${val(u.t(orderReference["cbc:ID"]), "BCH03", 22)}**${val(u.t(doc["cbc:SequenceNumberID"]), "BCH05", 8)}*${date(orderDate)}*${val(u.t(doc["cbc:ID"]), "BCH07", 45)}*${contract}**${date(u.t(doc["cbc:IssueDate"]))}</@seg>
</#if>
<@seg>CUR*${(kind == "OrderResponse")?then("SE", "BY")}*${val(u.t(doc["cbc:DocumentCurrencyCode"])?has_content?then(u.t(doc["cbc:DocumentCurrencyCode"]), "USD"), "CUR02", 3)}</@seg>
<#if u.t(doc["cac:QuotationDocumentReference/cbc:ID"])?has_content><@seg>REF*PR*${val(u.t(doc["cac:QuotationDocumentReference/cbc:ID"]), "REF02", referenceLength)}</@seg></#if>
<#-- FOB01 (who pays the freight) has no UBL field: DF, "defined by buyer and seller", with the Incoterm in FOB04/05. -->
<#if u.t(doc["cac:DeliveryTerms/cbc:ID"])?has_content><@seg>FOB*DF***01*${val(u.t(doc["cac:DeliveryTerms/cbc:ID"]), "FOB05", 3)}</@seg></#if>
<#list doc["cac:AllowanceCharge"] as ac><@sac ac/></#list>
<#assign days = u.t(doc["cac:PaymentTerms/cac:SettlementPeriod/cbc:DurationMeasure"])>
<#if days?has_content><@seg>ITD*01*3*****${val(days, "ITD07", 3)}</@seg></#if>
<#assign requested = doc["cac:Delivery/cac:RequestedDeliveryPeriod"]>
<#if u.t(requested["cbc:StartDate"])?has_content><@seg>DTM*002*${date(u.t(requested["cbc:StartDate"]))}</@seg></#if>
<#if u.t(requested["cbc:EndDate"])?has_content><@seg>DTM*063*${date(u.t(requested["cbc:EndDate"]))}</@seg></#if>
<#if doc["cbc:Note"]?has_content>
<@seg>N9*L1*NOTES</@seg>
<#list doc["cbc:Note"] as note><#list w.chunks(note?string?replace("\\s+", " ", "r"), 264, 100) as piece><@seg>MSG*${val(piece, "MSG01", 264)}</@seg></#list></#list>
</#if>
<@party "BY" buyer "BD"/>
<@party "SE" seller "IC"/>
<#assign location = doc["cac:Delivery/cac:DeliveryLocation"]>
<#if location?has_content>
<@n1 "ST" u.t(doc["cac:Delivery/cac:DeliveryParty/cac:PartyName/cbc:Name"]) u.t(location["cbc:ID"]) u.a(location["cbc:ID"], "schemeID") location["cac:Address"]/>
</#if>
<#assign hash = 0>
<#list doc["cac:OrderLine/cac:LineItem"] as line>
  <#assign item = line["cac:Item"]>
  <#assign quantity = u.t(line["cbc:Quantity"])>
  <#if quantity?has_content><#assign hash = hash + quantity?number></#if>
  <#assign unit = val(xc.toX12(xc.units, xc.unitsFromUbl, u.a(line["cbc:Quantity"], "unitCode")), "unit of measure", 2)>
  <#assign baseQuantity = u.t(line["cac:Price/cbc:BaseQuantity"])>
  <#if baseQuantity?has_content && baseQuantity?number != 1>
    <#stop "the X12 unit price is per unit; line " + u.t(line["cbc:ID"]) + " prices " + baseQuantity + " units (Price/BaseQuantity)">
  </#if>
  <#assign price = val(u.t(line["cac:Price/cbc:PriceAmount"]), "unit price", 17)>
  <#assign basis = (u.a(line["cac:Price/cbc:PriceTypeCode"], "listID") == "X12-639")?then(u.t(line["cac:Price/cbc:PriceTypeCode"]), "")>
  <#assign status = u.t(line["cbc:LineStatusCode"])>
  <#assign ids><#list productIds(item) as pair>*${val(pair[0], "product ID qualifier", 2)}*${val(pair[1], "product ID", 48)}</#list></#assign>
  <#if change>
  <@seg>POC*${val(u.t(line["cbc:ID"]), "POC01", 20)}*${val(xc.toX12(codes.lineChanges, {}, status?has_content?then(status, "3")), "POC02", 2)}*${val(quantity, "POC03", 15)}**${unit}*${price}*${val(basis, "POC07", 2)}${ids}</@seg>
  <#else>
  <@seg>PO1*${val(u.t(line["cbc:ID"]), "PO101", 20)}*${val(quantity, "PO102", 15)}*${unit}*${price}*${val(basis, "PO105", 2)}${ids}</@seg>
  </#if>
  <#if u.t(item["cbc:Name"])?has_content><@seg>PID*F****${val(u.t(item["cbc:Name"]), "PID05", 80)}</@seg></#if>
  <#list item["cbc:Description"] as description><@seg>PID*F****${val(description?trim, "PID05", 80)}</@seg></#list>
  <#list line["cac:AllowanceCharge"] as ac><@sac ac/></#list>
  <#assign lineRequested = u.t(line["cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate"])>
  <#if lineRequested?has_content><@seg>DTM*002*${date(lineRequested)}</@seg></#if>
  <#list line["cbc:Note"] as lineNote><#list w.chunks(lineNote?string?replace("\\s+", " ", "r"), 264, 100) as piece><@seg>MSG*${val(piece, "MSG01", 264)}</@seg></#list></#list>
  <#if kind == "OrderResponse">
  <#assign promised = u.t(line["cac:Delivery/cac:PromisedDeliveryPeriod/cbc:StartDate"])>
  <@seg>ACK*${val(xc.toX12(codes.lineAcknowledgments, {}, status?has_content?then(status, "5")), "ACK01", 2)}*${val(quantity, "ACK02", 15)}*${unit}<#if promised?has_content>*067*${date(promised)}</#if></@seg>
  </#if>
</#list>
<@seg>CTT*${doc["cac:OrderLine"]?size}*${hash?c}</@seg>
<#if u.t(totals["cbc:PayableAmount"])?has_content><@seg>AMT*TT*${val(u.t(totals["cbc:PayableAmount"]), "AMT02", 18)}</@seg></#if>
SE*${count + 1}*0001
GE*1*${control?number?c}
IEA*1*${control}
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, no empty trailing elements. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("\\*+$", "", "r")}~
</#if></#list>
