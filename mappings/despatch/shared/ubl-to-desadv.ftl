<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  UBL 2.1 DespatchAdvice -> EDIFACT DESADV, included by the D.96A and D.01B mappings, which set
  "directory" ("96A" or "01B"). The segments written are the same in both directories; only UNH
  names the directory. Latin-1 text goes out as UNOC syntax 3, anything else as UNOW syntax 4.
  Each handling unit (cac:Shipment/cac:TransportHandlingUnit) becomes a CPS group with its
  package (PAC), SSCC (PCI 33E + GIN BJ) and the despatch lines that name it; lines that name no
  handling unit follow in one last CPS group.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/edifact-write.ftl" as w>
<#assign da = DespatchAdvice>
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#assign units = {"H87": "PCE", "C62": "PCE", "EA": "EA", "KGM": "KGM", "MTR": "MTR", "LTR": "LTR", "SET": "SET", "PR": "PR", "CT": "CT"}>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>'
</#macro>

<#function unbQualifier scheme>
  <#return (scheme == "0088" || scheme == "GLN")?then("14", (scheme == "0060" || scheme == "DUNS")?then("16", "ZZZ"))>
</#function>
<#function agency scheme>
  <#return (scheme == "0088" || scheme == "GLN")?then("9", (scheme == "0060" || scheme == "DUNS")?then("16", ""))>
</#function>

<#-- [identifier, scheme] of a party: EndpointID, else its first PartyIdentification. -->
<#function partyId party>
  <#if u.t(party["cbc:EndpointID"])?has_content><#return [u.t(party["cbc:EndpointID"]), u.a(party["cbc:EndpointID"], "schemeID")]></#if>
  <#return [u.t(party["cac:PartyIdentification/cbc:ID"]), u.a(party["cac:PartyIdentification/cbc:ID"], "schemeID")]>
</#function>

<#macro nad qualifier party>
  <#if party?has_content>
  <#local id = partyId(party)>
  <#local address = party["cac:PostalAddress"]>
  <#if address?has_content>
  <@seg>NAD+${qualifier}+${esc(id[0])}::${agency(id[1])}++${esc(u.t(party["cac:PartyName/cbc:Name"]))}+${esc(u.t(address["cbc:StreetName"]))}<#if u.t(address["cbc:AdditionalStreetName"])?has_content>:${esc(u.t(address["cbc:AdditionalStreetName"]))}</#if>+${esc(u.t(address["cbc:CityName"]))}+${esc(u.t(address["cbc:CountrySubentity"]))}+${esc(u.t(address["cbc:PostalZone"]))}+${esc(u.t(address["cac:Country/cbc:IdentificationCode"]))}</@seg>
  <#else>
  <#-- Xalan refuses paths below an empty node set: a party without an address is written without one. -->
  <@seg>NAD+${qualifier}+${esc(id[0])}::${agency(id[1])}++${esc(u.t(party["cac:PartyName/cbc:Name"]))}</@seg>
  </#if>
  </#if>
</#macro>

<#macro despatchLine line>
  <#local item = line["cac:Item"]>
  <#local gtin = u.t(item["cac:StandardItemIdentification/cbc:ID"])>
  <@seg>LIN+${esc(u.t(line["cbc:ID"]))}<#if gtin?has_content>++${esc(gtin)}:SRV</#if></@seg>
  <#local sellers = u.t(item["cac:SellersItemIdentification/cbc:ID"])>
  <#local buyers = u.t(item["cac:BuyersItemIdentification/cbc:ID"])>
  <#if sellers?has_content || buyers?has_content>
  <@seg>PIA+1<#if sellers?has_content>+${esc(sellers)}:SA</#if><#if buyers?has_content>+${esc(buyers)}:IN</#if></@seg>
  </#if>
  <#-- C273 carries the description in two components of 35 characters. -->
  <#if u.t(item["cbc:Name"])?has_content><@seg>IMD+F++:::<#list w.chunks(u.t(item["cbc:Name"]), 35, 2) as piece>${esc(piece)}<#sep>:</#list></@seg></#if>
  <#local unit = u.a(line["cbc:DeliveredQuantity"], "unitCode")>
  <@seg>QTY+12:${u.t(line["cbc:DeliveredQuantity"])}<#if unit?has_content>:${esc(units[unit]!unit)}</#if></@seg>
  <#local lineOrder = u.t(line["cac:OrderLineReference/cac:OrderReference/cbc:ID"])>
  <#if !lineOrder?has_content><#local lineOrder = u.t(da["cac:OrderReference/cbc:ID"])></#if>
  <@seg>RFF+ON:${esc(lineOrder)}:${esc(u.t(line["cac:OrderLineReference/cbc:LineID"]))}</@seg>
</#macro>

<#assign supplier = da["cac:DespatchSupplierParty/cac:Party"]>
<#assign customer = da["cac:DeliveryCustomerParty/cac:Party"]>
<#assign buyer = da["cac:BuyerCustomerParty/cac:Party"]>
<#-- The interchange goes to the buyer when there is one (its EDI address), else to the delivery party. -->
<#assign sender = partyId(supplier)>
<#assign receiver = partyId(buyer?has_content?then(buyer, customer))>
<#assign shipment = da["cac:Shipment"]>
<#assign stage = shipment["cac:ShipmentStage"]>
<#assign issueTime = u.t(da["cbc:IssueTime"])>
<#assign lines = da["cac:DespatchLine"]>
<#assign body>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(sender[0])}:${unbQualifier(sender[1])}+${esc(receiver[0])}:${unbQualifier(receiver[1])}+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++DESADV'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(sender[0])}:${unbQualifier(sender[1])}+${esc(receiver[0])}:${unbQualifier(receiver[1])}+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++DESADV'
</#if>
<@seg>UNH+1+DESADV:D:${directory}:UN</@seg>
<@seg>BGM+${esc(u.t(da["cbc:DespatchAdviceTypeCode"])?has_content?then(u.t(da["cbc:DespatchAdviceTypeCode"]), "351"))}+${esc(u.t(da["cbc:ID"]))}+9</@seg>
<#if issueTime?has_content>
<@seg>DTM+137:${u.ccyymmdd(u.t(da["cbc:IssueDate"]))}${issueTime[0..1]}${issueTime[3..4]}:203</@seg>
<#else>
<@seg>DTM+137:${u.ccyymmdd(u.t(da["cbc:IssueDate"]))}:102</@seg>
</#if>
<#assign despatched = u.t(shipment["cac:Delivery/cac:Despatch/cbc:ActualDespatchDate"])>
<#if despatched?has_content><@seg>DTM+11:${u.ccyymmdd(despatched)}:102</@seg></#if>
<#assign expected = u.t(shipment["cac:Delivery/cac:EstimatedDeliveryPeriod/cbc:EndDate"])>
<#if expected?has_content><@seg>DTM+17:${u.ccyymmdd(expected)}:102</@seg></#if>
<#if u.t(shipment["cbc:GrossWeightMeasure"])?has_content>
<@seg>MEA+AAX+AAB+${esc(u.a(shipment["cbc:GrossWeightMeasure"], "unitCode"))}:${u.t(shipment["cbc:GrossWeightMeasure"])}</@seg>
</#if>
<#if da["cac:OrderReference"]?has_content>
<@seg>RFF+ON:${esc(u.t(da["cac:OrderReference/cbc:ID"]))}</@seg>
<#if u.t(da["cac:OrderReference/cbc:IssueDate"])?has_content><@seg>DTM+171:${u.ccyymmdd(u.t(da["cac:OrderReference/cbc:IssueDate"]))}:102</@seg></#if>
</#if>
<#-- The shipment identifier is the bill of lading unless it only repeats the document number. -->
<#if u.t(shipment["cbc:ID"])?has_content && u.t(shipment["cbc:ID"]) != u.t(da["cbc:ID"])><@seg>RFF+BM:${esc(u.t(shipment["cbc:ID"]))}</@seg></#if>
<@nad "SU" supplier/>
<@nad "BY" buyer/>
<@nad "DP" customer/>
<#if stage?has_content>
<#assign carrier = stage["cac:CarrierParty"]>
<#assign carrierId = carrier?has_content?then(u.t(carrier["cac:PartyIdentification/cbc:ID"]), "")>
<#assign carrierAgency = (carrierId?has_content && u.a(carrier["cac:PartyIdentification/cbc:ID"], "schemeID") == "SCAC")?then("182", "")>
<@seg>TDT+20++${esc(u.t(stage["cbc:TransportModeCode"]))}<#if carrier?has_content>++${esc(carrierId)}::${carrierAgency}:${esc(u.t(carrier["cac:PartyName/cbc:Name"]))}</#if></@seg>
</#if>
<#assign placed = []>
<#list shipment["cac:TransportHandlingUnit"] as unit>
  <#assign unitId = u.t(unit["cbc:ID"])>
<@seg>CPS+${esc(unitId?has_content?then(unitId, unit?counter?c))}</@seg>
  <#if u.t(unit["cbc:TransportHandlingUnitTypeCode"])?has_content || u.t(unit["cbc:TotalPackageQuantity"])?has_content>
<@seg>PAC+${u.t(unit["cbc:TotalPackageQuantity"])}++${esc(u.t(unit["cbc:TransportHandlingUnitTypeCode"]))}</@seg>
    <#if u.t(unit["cbc:TraceID"])?has_content>
<@seg>PCI+33E</@seg>
<@seg>GIN+BJ+${esc(u.t(unit["cbc:TraceID"]))}</@seg>
    </#if>
  </#if>
  <#list lines as line>
    <#if unitId?has_content && u.t(line["cac:Shipment/cac:TransportHandlingUnit/cbc:ID"]) == unitId>
      <@despatchLine line/>
      <#assign placed = placed + [line?index]>
    </#if>
  </#list>
</#list>
<#if placed?size lt lines?size>
<@seg>CPS+${(shipment["cac:TransportHandlingUnit"]?size + 1)?c}</@seg>
  <#list lines as line><#if !placed?seq_contains(line?index)><@despatchLine line/></#if></#list>
</#if>
<@seg>CNT+2:${lines?size?c}</@seg>
UNT+${count + 1}+1'
UNZ+1+${entrepot.controlReference}'
</#assign>
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim}
</#if></#list>
