<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  UBL 2.1 Order / OrderResponse / OrderChange -> EDIFACT ORDERS / ORDRSP / ORDCHG.
  Included by the pair's template, which sets `kind` (the UBL root), `doc` (its node) and
  `directory` ("96A" or "01B"); the segments written are the same in both directories, only
  their groups' numbers differ. See ../README.md for the field table.
  Latin-1 text goes out as UNOC syntax 3; anything else as UNOW (UTF-8) syntax 4. Every value
  passes through esc() (release characters); amounts are copied as written.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/edifact-write.ftl" as w>
<#import "/order/shared/codes.ftl" as codes>
<#import "/common/x12-codes.ftl" as xc>
<#-- x12-write's chunks() splits text at spaces; its other functions are not used here. -->
<#import "/common/x12-write.ftl" as words>
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#assign message = codes.edifactMessages[kind]>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>'
</#macro>

<#function unbQualifier scheme>
  <#return (scheme == "0088" || scheme == "GLN")?then("14", (scheme == "0060" || scheme == "DUNS")?then("16", "ZZZ"))>
</#function>
<#function agency scheme>
  <#return (scheme == "0088" || scheme == "GLN")?then("9", (scheme == "0060" || scheme == "DUNS")?then("16", ""))>
</#function>

<#-- A party's identifier (EndpointID, else its first PartyIdentification) and scheme. -->
<#function partyId party>
  <#if u.t(party["cbc:EndpointID"])?has_content><#return [u.t(party["cbc:EndpointID"]), u.a(party["cbc:EndpointID"], "schemeID")]></#if>
  <#return [u.t(party["cac:PartyIdentification/cbc:ID"]), u.a(party["cac:PartyIdentification/cbc:ID"], "schemeID")]>
</#function>

<#macro nad qualifier id scheme name address>
  <#-- XPath steps on an empty node set fail: a party without an address reads an empty address. -->
  <#local country = address?has_content?then(u.t(address["cac:Country/cbc:IdentificationCode"]), "")>
  <@seg>NAD+${qualifier}+${esc(id)}::${agency(scheme)}++${esc(name)}+${esc(u.t(address["cbc:StreetName"]))}<#if u.t(address["cbc:AdditionalStreetName"])?has_content>:${esc(u.t(address["cbc:AdditionalStreetName"]))}</#if>+${esc(u.t(address["cbc:CityName"]))}+${esc(u.t(address["cbc:CountrySubentity"]))}+${esc(u.t(address["cbc:PostalZone"]))}+${esc(country)}</@seg>
</#macro>

<#macro party qualifier party>
  <#if party?has_content>
  <#local id = partyId(party)>
  <#local name = u.t(party["cac:PartyName/cbc:Name"])>
  <#if !name?has_content><#local name = u.t(party["cac:PartyLegalEntity/cbc:RegistrationName"])></#if>
  <@nad qualifier id[0] id[1] name party["cac:PostalAddress"]/>
  <#if u.t(party["cac:PartyTaxScheme/cbc:CompanyID"])?has_content><@seg>RFF+VA:${esc(u.t(party["cac:PartyTaxScheme/cbc:CompanyID"]))}</@seg></#if>
  <#local contact = party["cac:Contact"]>
  <#if contact?has_content>
  <@seg>CTA+${(qualifier == "BY")?then("OC", "SR")}+:${esc(u.t(contact["cbc:Name"]))}</@seg>
  <#list [["TE", "cbc:Telephone"], ["FX", "cbc:Telefax"], ["EM", "cbc:ElectronicMail"]] as number>
    <#if u.t(contact[number[1]])?has_content><@seg>COM+${esc(u.t(contact[number[1]]))}:${number[0]}</@seg></#if>
  </#list>
  </#if>
  </#if>
</#macro>

<#macro reference qualifier node>
  <#if node?has_content>
  <@seg>RFF+${qualifier}:${esc(u.t(node["cbc:ID"]))}</@seg>
  <#if u.t(node["cbc:IssueDate"])?has_content><@seg>DTM+171:${u.ccyymmdd(u.t(node["cbc:IssueDate"]))}:102</@seg></#if>
  </#if>
</#macro>

<#macro date qualifier iso><#if iso?has_content><@seg>DTM+${qualifier}:${u.ccyymmdd(iso)}:102</@seg></#if></#macro>

<#macro allowanceCharge ac>
  <#local charge = u.t(ac["cbc:ChargeIndicator"]) == "true">
  <@seg>ALC+${charge?then("C", "A")}++++${esc(u.t(ac["cbc:AllowanceChargeReasonCode"]))}<#if u.t(ac["cbc:AllowanceChargeReason"])?has_content>:::${esc(u.t(ac["cbc:AllowanceChargeReason"]))}</#if></@seg>
  <@seg>MOA+${charge?then("23", "204")}:${esc(u.t(ac["cbc:Amount"]))}</@seg>
</#macro>

<#macro freeText subject text>
  <#local pieces = []>
  <#list text?split("\r?\n", "r") as line><#local pieces = pieces + words.chunks(line, 70, 99)></#list>
  <#list pieces?chunk(5) as ftx><@seg>FTX+${subject}+++<#list ftx as piece>${esc(piece)}<#sep>:</#list></@seg></#list>
</#macro>

<#assign buyer = doc["cac:BuyerCustomerParty/cac:Party"]>
<#assign seller = doc["cac:SellerSupplierParty/cac:Party"]>
<#assign from = partyId((kind == "OrderResponse")?then(seller, buyer))>
<#assign to = partyId((kind == "OrderResponse")?then(buyer, seller))>
<#assign totals = doc["cac:AnticipatedMonetaryTotal"]>
<#if kind == "OrderResponse"><#assign totals = doc["cac:LegalMonetaryTotal"]></#if>
<#assign body>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(from[0])}:${unbQualifier(from[1])}+${esc(to[0])}:${unbQualifier(to[1])}+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++${message}'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(from[0])}:${unbQualifier(from[1])}+${esc(to[0])}:${unbQualifier(to[1])}+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++${message}'
</#if>
<@seg>UNH+1+${message}:D:${directory}:UN</@seg>
<#if kind == "Order">
<@seg>BGM+${esc(u.t(doc["cbc:OrderTypeCode"])?has_content?then(u.t(doc["cbc:OrderTypeCode"]), "220"))}+${esc(u.t(doc["cbc:ID"]))}+9</@seg>
<#elseif kind == "OrderResponse">
<#assign response = u.t(doc["cbc:OrderResponseCode"])>
<@seg>BGM+231+${esc(u.t(doc["cbc:ID"]))}+${codes.responseFunctions[response]!"29"}<#if response?has_content>+${esc(response)}</#if></@seg>
<#else>
<#-- D.01B carries the change's sequence number as the version of the document (C106/1056); D.96A has no place for it. -->
<@seg>BGM+230+${esc(u.t(doc["cbc:ID"]))}<#if directory == "01B">:${esc(u.t(doc["cbc:SequenceNumberID"]))}</#if>+4</@seg>
</#if>
<@date "137" u.t(doc["cbc:IssueDate"])/>
<@date "2" u.t(doc["cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate"])/>
<@date "63" u.t(doc["cac:Delivery/cac:RequestedDeliveryPeriod/cbc:EndDate"])/>
<#list doc["cbc:Note"] as note>
  <#assign text = note?string>
  <#assign subject = "AAI">
  <#if text?matches("^#[A-Z0-9]{3}#.*", "s")><#assign subject = text[1..3]><#assign text = text[5..]></#if>
  <@freeText subject text/>
</#list>
<@reference "ON" doc["cac:OrderReference"]/>
<@reference "CT" doc["cac:Contract"]/>
<@reference "AAG" doc["cac:QuotationDocumentReference"]/>
<@party "BY" buyer/>
<@party "SU" seller/>
<#assign location = doc["cac:Delivery/cac:DeliveryLocation"]>
<#if location?has_content>
<@nad "DP" u.t(location["cbc:ID"]) u.a(location["cbc:ID"], "schemeID") u.t(doc["cac:Delivery/cac:DeliveryParty/cac:PartyName/cbc:Name"]) location["cac:Address"]/>
</#if>
<#if u.t(doc["cbc:DocumentCurrencyCode"])?has_content><@seg>CUX+2:${esc(u.t(doc["cbc:DocumentCurrencyCode"]))}:9</@seg></#if>
<#assign days = u.t(doc["cac:PaymentTerms/cac:SettlementPeriod/cbc:DurationMeasure"])>
<#if days?has_content><@seg>PAT+1++5:3:D:${esc(days)}</@seg></#if>
<#if u.t(doc["cac:DeliveryTerms/cbc:ID"])?has_content><@seg>TOD+6++${esc(u.t(doc["cac:DeliveryTerms/cbc:ID"]))}</@seg></#if>
<#list doc["cac:AllowanceCharge"] as ac><@allowanceCharge ac/></#list>
<#list doc["cac:OrderLine/cac:LineItem"] as line>
  <#assign item = line["cac:Item"]>
  <#assign gtin = u.t(item["cac:StandardItemIdentification/cbc:ID"])>
  <@seg>LIN+${esc(u.t(line["cbc:ID"]))}<#if u.t(line["cbc:LineStatusCode"])?has_content || gtin?has_content>+${esc(u.t(line["cbc:LineStatusCode"]))}</#if><#if gtin?has_content>+${esc(gtin)}:SRV</#if></@seg>
  <#assign sellers = u.t(item["cac:SellersItemIdentification/cbc:ID"])>
  <#assign buyers = u.t(item["cac:BuyersItemIdentification/cbc:ID"])>
  <#if sellers?has_content || buyers?has_content>
  <@seg>PIA+1<#if sellers?has_content>+${esc(sellers)}:SA</#if><#if buyers?has_content>+${esc(buyers)}:IN</#if></@seg>
  </#if>
  <#-- C273 holds the description in two components of 35 characters (D.96A's length): longer names are cut there and joined again on the way back. -->
  <#if u.t(item["cbc:Name"])?has_content><@seg>IMD+F++:::<#list w.chunks(u.t(item["cbc:Name"]), 35, 2) as piece>${esc(piece)}<#sep>:</#list></@seg></#if>
  <#if u.t(line["cbc:Quantity"])?has_content>
  <#assign unit = u.a(line["cbc:Quantity"], "unitCode")>
  <@seg>QTY+21:${esc(u.t(line["cbc:Quantity"]))}<#if unit?has_content>:${esc(xc.toX12(codes.edifactUnits, codes.edifactUnitsFromUbl, unit))}</#if></@seg>
  </#if>
  <@date "2" u.t(line["cac:Delivery/cac:RequestedDeliveryPeriod/cbc:StartDate"])/>
  <@date "69" u.t(line["cac:Delivery/cac:PromisedDeliveryPeriod/cbc:StartDate"])/>
  <#if u.t(line["cbc:LineExtensionAmount"])?has_content><@seg>MOA+203:${esc(u.t(line["cbc:LineExtensionAmount"]))}</@seg></#if>
  <#list line["cbc:Note"] as lineNote><@freeText "AAI" lineNote?string/></#list>
  <#if u.t(line["cac:Price/cbc:PriceAmount"])?has_content><@seg>PRI+AAA:${esc(u.t(line["cac:Price/cbc:PriceAmount"]))}</@seg></#if>
  <#list line["cac:AllowanceCharge"] as ac><@allowanceCharge ac/></#list>
</#list>
<@seg>UNS+S</@seg>
<#if u.t(totals["cbc:LineExtensionAmount"])?has_content><@seg>MOA+79:${esc(u.t(totals["cbc:LineExtensionAmount"]))}</@seg></#if>
<#if u.t(totals["cbc:PayableAmount"])?has_content><@seg>MOA+128:${esc(u.t(totals["cbc:PayableAmount"]))}</@seg></#if>
<@seg>CNT+2:${u.t(doc["cbc:LineCountNumeric"])?has_content?then(esc(u.t(doc["cbc:LineCountNumeric"])), doc["cac:OrderLine"]?size)}</@seg>
UNT+${count + 1}+1'
UNZ+1+${entrepot.controlReference}'
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, nothing around it. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim}
</#if></#list>
