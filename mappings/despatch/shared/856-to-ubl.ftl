<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 856 Ship Notice (004010 and 005010) -> UBL 2.1 DespatchAdvice. See ../README.md.
  The 856 schema keeps the HL loop flat (D_HL, one per HL in document order); the hierarchy is
  rebuilt here from HL01 (own number), HL02 (parent) and HL03 (level: S shipment, O order,
  P pack or T tare, I item). R values pass through as written; dates CCYYMMDD become ISO dates.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/common/x12-read.ftl" as x>
<#import "/common/x12-codes.ftl" as codes>
<#import "/despatch/shared/x12-despatch-codes.ftl" as despatch>
<#assign m = interchange.message>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro id name value scheme><#if value?has_content><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${value}</${name}></#if></#macro>

<#-- The HL loops by level, and every HL by its number, for the parent lookups. -->
<#assign levels = {"S": [], "O": [], "P": [], "I": []}>
<#assign byNumber = {}>
<#list m.D_HL as loop>
  <#assign level = e.v(loop.HL, "e03")>
  <#if level == "T"><#assign level = "P"></#if>
  <#if levels[level]??><#assign levels = levels + {level: levels[level] + [loop]}></#if>
  <#assign byNumber = byNumber + {e.v(loop.HL, "e01"): loop}>
</#list>
<#assign shipment = levels.S[0]!{}>
<#assign order = levels.O[0]!{}>

<#-- The pack an item HL sits in (its parent when that is a P or T level), or an empty hash. -->
<#function packOf item>
  <#local parent = byNumber[e.v(item.HL, "e02")]!{}>
  <#if parent?has_content && ["P", "T"]?seq_contains(e.v(parent.HL, "e03"))><#return parent></#if>
  <#return {}>
</#function>

<#-- The purchase order above an HL: the nearest O level among its ancestors, or the first O. -->
<#function orderOf loop>
  <#local here = loop>
  <#list 1..10 as step>
    <#if !here?has_content><#break></#if>
    <#if e.v(here.HL, "e03") == "O"><#return here></#if>
    <#local here = byNumber[e.v(here.HL, "e02")]!{}>
  </#list>
  <#return order>
</#function>

<#-- The SSCC of a pack: MAN GM carries application identifier 00 and the 18 digits. -->
<#function sscc pack>
  <#local value = e.v(e.first(pack.MAN, "e01", "GM"), "e02")>
  <#return (value?length == 20 && value?starts_with("00"))?then(value[2..], value)>
</#function>

<#macro party loop isaQualifier isaId>
  <#local n1 = loop.N1!{}>
  <#local partyId = e.v(n1, "e04")>
  <#local scheme = codes.idSchemes[e.v(n1, "e03")]!"">
  <#if !loop?has_content>
    <#local partyId = isaId?trim>
    <#list codes.interchangeQualifiers as ubl, qualifier><#if qualifier == isaQualifier><#local scheme = ubl><#break></#if></#list>
  </#if>
  <cac:Party>
    <@id "cbc:EndpointID" partyId scheme/>
    <#if partyId?has_content><cac:PartyIdentification><@id "cbc:ID" partyId scheme/></cac:PartyIdentification></#if>
    <#if e.v(n1, "e02")?has_content><cac:PartyName><cbc:Name>${e.v(n1, "e02")}</cbc:Name></cac:PartyName></#if>
    <#if loop?has_content && (loop.N3?has_content || loop.N4?has_content)>
    <cac:PostalAddress>
      <@el "cbc:StreetName" e.v(loop.N3, "e01")/>
      <@el "cbc:AdditionalStreetName" e.v(loop.N3, "e02")/>
      <@el "cbc:CityName" e.v(loop.N4, "e01")/>
      <@el "cbc:PostalZone" e.v(loop.N4, "e03")/>
      <@el "cbc:CountrySubentity" e.v(loop.N4, "e02")/>
      <#if e.v(loop.N4, "e04")?has_content><cac:Country><cbc:IdentificationCode>${e.v(loop.N4, "e04")}</cbc:IdentificationCode></cac:Country></#if>
    </cac:PostalAddress>
    </#if>
  </cac:Party>
</#macro>

<#assign bsn = m.BSN>
<#assign parties = shipment?has_content?then(shipment.D_N1, [])>
<#assign shipFrom = e.group(parties, "N1", "e01", "SF")>
<#if !shipFrom?has_content><#assign shipFrom = e.group(parties, "N1", "e01", "SU")></#if>
<#assign shipTo = e.group(parties, "N1", "e01", "ST")>
<#assign buyer = e.group(parties, "N1", "e01", "BY")>
<#assign weight = shipment?has_content?then(e.first(shipment.TD1, "e06", "G"), {})>
<#assign td5 = shipment?has_content?then(shipment.TD5[0]!{}, {})>
<#assign billOfLading = shipment?has_content?then(x.ref(shipment.REF, "BM"), "")>
<#assign shipmentId = billOfLading?has_content?then(billOfLading, e.v(bsn, "e02"))>
<#assign despatched = e.date(x.dtm(m.DTM, "011"))>
<#assign expected = e.date(x.dtm(m.DTM, "017"))>
<#assign time = e.v(bsn, "e04")>
<?xml version="1.0" encoding="UTF-8"?>
<DespatchAdvice xmlns="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2"
                xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:ID>${e.v(bsn, "e02")}</cbc:ID>
  <cbc:IssueDate>${e.date(e.v(bsn, "e03"))}</cbc:IssueDate>
  <#if time?length gte 4><cbc:IssueTime>${time[0..1]}:${time[2..3]}:${(time?length gte 6)?then(time[4..5], "00")}</cbc:IssueTime></#if>
  <cbc:DespatchAdviceTypeCode>351</cbc:DespatchAdviceTypeCode>
  <@el "cbc:LineCountNumeric" levels.I?size?c/>
  <#if order?has_content>
  <cac:OrderReference>
    <cbc:ID>${e.v(order.PRF, "e01")}</cbc:ID>
    <@el "cbc:IssueDate" e.date(e.v(order.PRF, "e04"))/>
  </cac:OrderReference>
  </#if>
  <cac:DespatchSupplierParty><@party shipFrom e.v(interchange.ISA, "e05") e.v(interchange.ISA, "e06")/></cac:DespatchSupplierParty>
  <cac:DeliveryCustomerParty><@party shipTo e.v(interchange.ISA, "e07") e.v(interchange.ISA, "e08")/></cac:DeliveryCustomerParty>
  <#if buyer?has_content><cac:BuyerCustomerParty><@party buyer "" ""/></cac:BuyerCustomerParty></#if>
  <cac:Shipment>
    <cbc:ID>${shipmentId}</cbc:ID>
    <#if weight?has_content><cbc:GrossWeightMeasure unitCode="${codes.toUbl(codes.units, e.v(weight, "e08"))}">${e.v(weight, "e07")}</cbc:GrossWeightMeasure></#if>
    <#if td5?has_content>
    <cac:ShipmentStage>
      <@el "cbc:TransportModeCode" codes.toUbl(despatch.transportModes, e.v(td5, "e04"))/>
      <#if e.v(td5, "e03")?has_content || e.v(td5, "e05")?has_content>
      <#assign carrierScheme = (e.v(td5, "e02") == "2")?then("SCAC", "")>
      <cac:CarrierParty>
        <#if e.v(td5, "e03")?has_content><cac:PartyIdentification><@id "cbc:ID" e.v(td5, "e03") carrierScheme/></cac:PartyIdentification></#if>
        <#if e.v(td5, "e05")?has_content><cac:PartyName><cbc:Name>${e.v(td5, "e05")}</cbc:Name></cac:PartyName></#if>
      </cac:CarrierParty>
      </#if>
    </cac:ShipmentStage>
    </#if>
    <#if despatched?has_content || expected?has_content>
    <cac:Delivery>
      <#if expected?has_content><cac:EstimatedDeliveryPeriod><cbc:EndDate>${expected}</cbc:EndDate></cac:EstimatedDeliveryPeriod></#if>
      <#if despatched?has_content><cac:Despatch><cbc:ActualDespatchDate>${despatched}</cbc:ActualDespatchDate></cac:Despatch></#if>
    </cac:Delivery>
    </#if>
    <#list levels.P as pack>
    <#assign td1 = pack.TD1[0]!{}>
    <cac:TransportHandlingUnit>
      <cbc:ID>${e.v(pack.HL, "e01")}</cbc:ID>
      <@el "cbc:TransportHandlingUnitTypeCode" codes.toUbl(despatch.packaging, e.v(td1, "e01"))/>
      <@el "cbc:TotalPackageQuantity" e.v(td1, "e02")/>
      <@el "cbc:TraceID" sscc(pack)/>
    </cac:TransportHandlingUnit>
    </#list>
  </cac:Shipment>
  <#list levels.I as item>
  <#assign lin = item.LIN>
  <#assign ids = x.productIds(lin, 2, 30)>
  <#assign pack = packOf(item)>
  <#assign itemOrder = orderOf(item)>
  <#assign lineNumber = e.v(lin, "e01")?has_content?then(e.v(lin, "e01"), item?counter?c)>
  <cac:DespatchLine>
    <cbc:ID>${lineNumber}</cbc:ID>
    <cbc:DeliveredQuantity unitCode="${codes.toUbl(codes.units, e.v(item.SN1, "e03"))}">${e.v(item.SN1, "e02")}</cbc:DeliveredQuantity>
    <cac:OrderLineReference>
      <cbc:LineID>${lineNumber}</cbc:LineID>
      <#if itemOrder?has_content><cac:OrderReference><cbc:ID>${e.v(itemOrder.PRF, "e01")}</cbc:ID></cac:OrderReference></#if>
    </cac:OrderLineReference>
    <cac:Item>
      <#assign descriptions = item.PID?filter(pid -> e.v(pid, "e01") == "F" && e.v(pid, "e05")?has_content)>
      <#list descriptions as pid><#if !pid?is_first><cbc:Description>${e.v(pid, "e05")}</cbc:Description></#if></#list>
      <#if descriptions?has_content><cbc:Name>${e.v(descriptions[0], "e05")}</cbc:Name></#if>
      <#list ids?filter(pair -> pair[0] == "BP" || pair[0] == "IN") as pair>
      <#if pair?is_first><cac:BuyersItemIdentification><cbc:ID>${pair[1]}</cbc:ID></cac:BuyersItemIdentification></#if>
      </#list>
      <#list ids?filter(pair -> pair[0] == "VN") as pair>
      <#if pair?is_first><cac:SellersItemIdentification><cbc:ID>${pair[1]}</cbc:ID></cac:SellersItemIdentification></#if>
      </#list>
      <#list ids?filter(pair -> pair[0] == "MG") as pair>
      <#if pair?is_first><cac:ManufacturersItemIdentification><cbc:ID>${pair[1]}</cbc:ID></cac:ManufacturersItemIdentification></#if>
      </#list>
      <#list ids?filter(pair -> pair[0] == "UP" || pair[0] == "EN" || pair[0] == "UK") as pair>
      <#if pair?is_first><cac:StandardItemIdentification><cbc:ID schemeID="0160">${pair[1]}</cbc:ID></cac:StandardItemIdentification></#if>
      </#list>
      <#list ids?filter(pair -> !["BP", "IN", "VN", "MG", "UP", "EN", "UK"]?seq_contains(pair[0])) as pair>
      <cac:AdditionalItemIdentification><cbc:ID schemeID="${pair[0]}">${pair[1]}</cbc:ID></cac:AdditionalItemIdentification>
      </#list>
    </cac:Item>
    <#if pack?has_content>
    <cac:Shipment>
      <cbc:ID>${shipmentId}</cbc:ID>
      <cac:TransportHandlingUnit><cbc:ID>${e.v(pack.HL, "e01")}</cbc:ID></cac:TransportHandlingUnit>
    </cac:Shipment>
    </#if>
  </cac:DespatchLine>
  </#list>
</DespatchAdvice>
