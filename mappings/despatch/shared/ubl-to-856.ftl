<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  UBL 2.1 DespatchAdvice -> X12 856, included by the 004010 and 005010 mappings, which set
  "isaVersion" (ISA12), "repetition" (ISA11) and "gsVersion" (GS08). The hierarchy written is
  S (shipment) - O (order) - P (each handling unit) - I (the lines in it); lines that name no
  handling unit hang from the order. HL numbers are assigned in that order.
  Every value passes through w.v() (no X12 delimiters, no over-long values).
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/x12-write.ftl" as w>
<#import "/common/x12-codes.ftl" as codes>
<#import "/despatch/shared/x12-despatch-codes.ftl" as despatch>
<#assign da = DespatchAdvice>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>${"\n"}</#macro>

<#function partyId party>
  <#if u.t(party["cbc:EndpointID"])?has_content><#return [u.t(party["cbc:EndpointID"]), u.a(party["cbc:EndpointID"], "schemeID")]></#if>
  <#return [u.t(party["cac:PartyIdentification/cbc:ID"]), u.a(party["cac:PartyIdentification/cbc:ID"], "schemeID")]>
</#function>

<#function idQualifier scheme>
  <#local qualifier = codes.toX12(codes.idSchemes, codes.idSchemesFromUbl, scheme)>
  <#return (qualifier == scheme)?then("ZZ", qualifier)>
</#function>

<#macro n1 code party>
  <#if party?has_content>
  <#local id = partyId(party)>
  <#local address = party["cac:PostalAddress"]>
  <@seg>N1*${code}*${w.v(u.t(party["cac:PartyName/cbc:Name"]), "N102", 60)}<#if id[0]?has_content>*${idQualifier(id[1])}*${w.v(id[0], "N104", 80)}</#if></@seg>
  <#-- Xalan refuses paths below an empty node set: no address, no N3/N4. -->
  <#if address?has_content>
  <#if u.t(address["cbc:StreetName"])?has_content>
  <@seg>N3*${w.v(u.t(address["cbc:StreetName"]), "N301", 55)}<#if u.t(address["cbc:AdditionalStreetName"])?has_content>*${w.v(u.t(address["cbc:AdditionalStreetName"]), "N302", 55)}</#if></@seg>
  </#if>
  <#local state = u.t(address["cbc:CountrySubentity"])>
  <#if u.t(address["cbc:CityName"])?has_content || u.t(address["cbc:PostalZone"])?has_content>
  <@seg>N4*${w.v(u.t(address["cbc:CityName"]), "N401", 30)}*<#if state?length == 2>${w.v(state, "N402", 2)}</#if>*${w.v(u.t(address["cbc:PostalZone"]), "N403", 15)}*${w.v(u.t(address["cac:Country/cbc:IdentificationCode"]), "N404", 3)}</@seg>
  </#if>
  </#if>
  </#if>
</#macro>

<#macro item line number parent>
  <#local it = line["cac:Item"]>
  <@seg>HL*${number?c}*${parent?c}*I</@seg>
  <#local pairs = []>
  <#local gtin = u.t(it["cac:StandardItemIdentification/cbc:ID"])>
  <#if gtin?has_content><#local pairs = pairs + [[{"12": "UP", "14": "UK"}[gtin?length?c]!"EN", gtin]]></#if>
  <#list [["VN", "cac:SellersItemIdentification/cbc:ID"], ["BP", "cac:BuyersItemIdentification/cbc:ID"],
          ["MG", "cac:ManufacturersItemIdentification/cbc:ID"]] as source>
    <#if u.t(it[source[1]])?has_content><#local pairs = pairs + [[source[0], u.t(it[source[1]])]]></#if>
  </#list>
  <#list it["cac:AdditionalItemIdentification/cbc:ID"] as additional>
    <#if u.a(additional, "schemeID")?length == 2><#local pairs = pairs + [[u.a(additional, "schemeID"), additional?trim]]></#if>
  </#list>
  <@seg>LIN*${w.v(u.t(line["cac:OrderLineReference/cbc:LineID"]), "LIN01", 20)}<#list pairs as pair>*${w.v(pair[0], "LIN02", 2)}*${w.v(pair[1], "LIN03", 48)}</#list></@seg>
  <#local unit = u.a(line["cbc:DeliveredQuantity"], "unitCode")>
  <@seg>SN1**${w.v(u.t(line["cbc:DeliveredQuantity"]), "SN102", 10)}*${w.v(codes.toX12(codes.units, codes.unitsFromUbl, unit), "SN103", 2)}</@seg>
  <#if u.t(it["cbc:Name"])?has_content><@seg>PID*F****${w.v(u.t(it["cbc:Name"]), "PID05", 80)}</@seg></#if>
  <#list it["cbc:Description"] as description><@seg>PID*F****${w.v(description?trim, "PID05", 80)}</@seg></#list>
</#macro>

<#assign supplier = da["cac:DespatchSupplierParty/cac:Party"]>
<#assign customer = da["cac:DeliveryCustomerParty/cac:Party"]>
<#assign buyer = da["cac:BuyerCustomerParty/cac:Party"]>
<#assign sender = partyId(supplier)>
<#assign receiver = partyId(buyer?has_content?then(buyer, customer))>
<#assign control = w.controlNumber(entrepot.controlReference)>
<#assign shipment = da["cac:Shipment"]>
<#assign stage = shipment["cac:ShipmentStage"]>
<#assign lines = da["cac:DespatchLine"]>
<#assign time = u.t(da["cbc:IssueTime"])?replace(":", "")>
<#assign body>
ISA*00*          *00*          *${codes.interchangeQualifiers[sender[1]]!"ZZ"}*${w.fixed(sender[0], "ISA06", 15)}*${codes.interchangeQualifiers[receiver[1]]!"ZZ"}*${w.fixed(receiver[0], "ISA08", 15)}*${entrepot.shortDate}*${entrepot.time}*${repetition}*${isaVersion}*${control}*0*P*>
GS*SH*${w.v(sender[0], "GS02", 15)}*${w.v(receiver[0], "GS03", 15)}*${entrepot.date}*${entrepot.time}*${control?number?c}*X*${gsVersion}
<@seg>ST*856*0001</@seg>
<#-- BSN04 is HHMM, or HHMMSS when the seconds are not zero. -->
<@seg>BSN*00*${w.v(u.t(da["cbc:ID"]), "BSN02", 30)}*${u.ccyymmdd(u.t(da["cbc:IssueDate"]))}*${time?has_content?then(time?ends_with("00")?then(time[0..3], time), entrepot.time)}*0001</@seg>
<#assign despatched = u.t(shipment["cac:Delivery/cac:Despatch/cbc:ActualDespatchDate"])>
<#if despatched?has_content><@seg>DTM*011*${u.ccyymmdd(despatched)}</@seg></#if>
<#assign expected = u.t(shipment["cac:Delivery/cac:EstimatedDeliveryPeriod/cbc:EndDate"])>
<#if expected?has_content><@seg>DTM*017*${u.ccyymmdd(expected)}</@seg></#if>
<@seg>HL*1**S</@seg>
<#if u.t(shipment["cbc:GrossWeightMeasure"])?has_content>
<@seg>TD1******G*${w.v(u.t(shipment["cbc:GrossWeightMeasure"]), "TD107", 10)}*${w.v(codes.toX12(codes.units, codes.unitsFromUbl, u.a(shipment["cbc:GrossWeightMeasure"], "unitCode")), "TD108", 2)}</@seg>
</#if>
<#if stage?has_content>
<#assign carrier = stage["cac:CarrierParty"]>
<#assign carrierId = carrier?has_content?then(u.t(carrier["cac:PartyIdentification/cbc:ID"]), "")>
<#assign carrierName = carrier?has_content?then(u.t(carrier["cac:PartyName/cbc:Name"]), "")>
<@seg>TD5**<#if carrierId?has_content>${(u.a(carrier["cac:PartyIdentification/cbc:ID"], "schemeID") == "SCAC")?then("2", "ZZ")}*${w.v(carrierId, "TD503", 80)}<#else>*</#if>*${w.v(codes.toX12(despatch.transportModes, {}, u.t(stage["cbc:TransportModeCode"])), "TD504", 2)}*${w.v(carrierName, "TD505", 35)}</@seg>
</#if>
<#if u.t(shipment["cbc:ID"])?has_content && u.t(shipment["cbc:ID"]) != u.t(da["cbc:ID"])><@seg>REF*BM*${w.v(u.t(shipment["cbc:ID"]), "REF02", 30)}</@seg></#if>
<@n1 "SF" supplier/>
<@n1 "ST" customer/>
<@n1 "BY" buyer/>
<#assign number = 1>
<#assign orderNumber = 1>
<#if da["cac:OrderReference"]?has_content>
<#assign number = 2>
<#assign orderNumber = 2>
<@seg>HL*2*1*O</@seg>
<@seg>PRF*${w.v(u.t(da["cac:OrderReference/cbc:ID"]), "PRF01", 22)}***${u.ccyymmdd(u.t(da["cac:OrderReference/cbc:IssueDate"]))}</@seg>
</#if>
<#assign placed = []>
<#list shipment["cac:TransportHandlingUnit"] as unit>
  <#assign unitId = u.t(unit["cbc:ID"])>
  <#assign number = number + 1>
  <#assign packNumber = number>
<@seg>HL*${packNumber?c}*${orderNumber?c}*P</@seg>
  <#if u.t(unit["cbc:TransportHandlingUnitTypeCode"])?has_content || u.t(unit["cbc:TotalPackageQuantity"])?has_content>
<@seg>TD1*${w.v(codes.toX12(despatch.packaging, {}, u.t(unit["cbc:TransportHandlingUnitTypeCode"])), "TD101", 5)}*${w.v(u.t(unit["cbc:TotalPackageQuantity"]), "TD102", 7)}</@seg>
  </#if>
  <#if u.t(unit["cbc:TraceID"])?has_content>
<@seg>MAN*GM*${w.v((u.t(unit["cbc:TraceID"])?length == 18)?then("00", "") + u.t(unit["cbc:TraceID"]), "MAN02", 48)}</@seg>
  </#if>
  <#list lines as line>
    <#if unitId?has_content && u.t(line["cac:Shipment/cac:TransportHandlingUnit/cbc:ID"]) == unitId>
      <#assign number = number + 1>
      <@item line number packNumber/>
      <#assign placed = placed + [line?index]>
    </#if>
  </#list>
</#list>
<#list lines as line>
  <#if !placed?seq_contains(line?index)>
    <#assign number = number + 1>
    <@item line number orderNumber/>
  </#if>
</#list>
<@seg>CTT*${number?c}</@seg>
SE*${count + 1}*0001
GE*1*${control?number?c}
IEA*1*${control}
</#assign>
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("\\*+$", "", "r")}~
</#if></#list>
