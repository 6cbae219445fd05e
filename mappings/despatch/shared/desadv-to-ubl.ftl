<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT DESADV (D.96A and D.01B) -> UBL 2.1 DespatchAdvice. See ../README.md for the field table.
  One template for both directories: they differ in the numbers of the line groups (D.96A SG15
  lines with SG16 references, D.01B SG17 with SG18) and in BGM, whose document number is a simple
  element in D.96A (e02) and the first component of C106 in D.01B (e02_01). Lookups of a group
  the directory does not have give nothing, so reading both numbers covers both directories.
-->
<#import "/common/edifact-read.ftl" as e>
<#assign m = interchange.message>
<#assign units = {"PCE": "H87", "PCS": "H87", "EA": "EA", "KGM": "KGM", "MTR": "MTR", "LTR": "LTR", "SET": "SET", "PR": "PR", "CT": "CT"}>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro id name value scheme><#if value?has_content><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${value}</${name}></#if></#macro>

<#-- UN/CEFACT 3055 agency 9 (GS1) identifies a GLN: ISO 6523 scheme 0088; 16 (DUNS): 0060. -->
<#function partyScheme nad>
  <#local agency = e.v(nad, "e02_03")>
  <#return (agency == "9")?then("0088", (agency == "16")?then("0060", ""))>
</#function>

<#-- DTM value as [ISO date, ISO time]: format 102 (CCYYMMDD) or 203 (CCYYMMDDHHMM). -->
<#function dateTime value>
  <#if value?length == 12>
    <#return [e.date(value[0..7]), value[8..9] + ":" + value[10..11] + ":00"]>
  </#if>
  <#return [e.date(value), ""]>
</#function>

<#macro party group>
  <#local nad = group.NAD>
  <#local partyId = e.v(nad, "e02_01")>
  <cac:Party>
    <@id "cbc:EndpointID" partyId partyScheme(nad)/>
    <#if partyId?has_content><cac:PartyIdentification><@id "cbc:ID" partyId partyScheme(nad)/></cac:PartyIdentification></#if>
    <#if e.v(nad, "e04_01")?has_content><cac:PartyName><cbc:Name>${e.v(nad, "e04_01")}</cbc:Name></cac:PartyName></#if>
    <#if e.v(nad, "e05_01")?has_content || e.v(nad, "e06")?has_content || e.v(nad, "e09")?has_content>
    <cac:PostalAddress>
      <@el "cbc:StreetName" e.v(nad, "e05_01")/>
      <@el "cbc:AdditionalStreetName" e.v(nad, "e05_02")/>
      <@el "cbc:CityName" e.v(nad, "e06")/>
      <@el "cbc:PostalZone" e.v(nad, "e08")/>
      <@el "cbc:CountrySubentity" e.v(nad, "e07")/>
      <#if e.v(nad, "e09")?has_content><cac:Country><cbc:IdentificationCode>${e.v(nad, "e09")}</cbc:IdentificationCode></cac:Country></#if>
    </cac:PostalAddress>
    </#if>
  </cac:Party>
</#macro>

<#assign bgm = m.BGM>
<#assign number = e.v(bgm, "e02_01")?has_content?then(e.v(bgm, "e02_01"), e.v(bgm, "e02"))>
<#assign issued = dateTime(e.dtm(m.DTM, "137"))>
<#assign order = e.group(m.SG1, "RFF", "e01_01", "ON")>
<#assign billOfLading = e.v(e.group(m.SG1, "RFF", "e01_01", "BM").RFF, "e01_02")>
<#assign supplier = e.group(m.SG2, "NAD", "e01", "SU")>
<#assign buyer = e.group(m.SG2, "NAD", "e01", "BY")>
<#assign deliveryParty = e.group(m.SG2, "NAD", "e01", "DP")>
<#assign tdt = (m.SG6[0].TDT)!{}>
<#assign weight = e.first(m.MEA, "e02_01", "AAB")>
<#assign despatched = e.date(e.dtm(m.DTM, "11"))>
<#assign expected = e.date(e.dtm(m.DTM, "17"))>
<?xml version="1.0" encoding="UTF-8"?>
<DespatchAdvice xmlns="urn:oasis:names:specification:ubl:schema:xsd:DespatchAdvice-2"
                xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:ID>${number}</cbc:ID>
  <cbc:IssueDate>${issued[0]}</cbc:IssueDate>
  <@el "cbc:IssueTime" issued[1]/>
  <cbc:DespatchAdviceTypeCode>${e.v(bgm, "e01_01")?has_content?then(e.v(bgm, "e01_01"), e.v(bgm, "e01"))}</cbc:DespatchAdviceTypeCode>
  <@el "cbc:LineCountNumeric" e.v(e.first(m.CNT, "e01_01", "2"), "e01_02")/>
  <#if order?has_content>
  <cac:OrderReference>
    <cbc:ID>${e.v(order.RFF, "e01_02")}</cbc:ID>
    <@el "cbc:IssueDate" e.date(e.dtm(order.DTM, "171"))/>
  </cac:OrderReference>
  </#if>
  <cac:DespatchSupplierParty><#if supplier?has_content><@party supplier/></#if></cac:DespatchSupplierParty>
  <cac:DeliveryCustomerParty><#if deliveryParty?has_content><@party deliveryParty/></#if></cac:DeliveryCustomerParty>
  <#if buyer?has_content><cac:BuyerCustomerParty><@party buyer/></cac:BuyerCustomerParty></#if>
  <cac:Shipment>
    <#-- UBL needs a shipment identifier: the bill of lading, else the despatch advice number. -->
    <cbc:ID>${billOfLading?has_content?then(billOfLading, number)}</cbc:ID>
    <#if weight?has_content><cbc:GrossWeightMeasure unitCode="${e.v(weight, "e03_01")}">${e.v(weight, "e03_02")}</cbc:GrossWeightMeasure></#if>
    <#if tdt?has_content>
    <cac:ShipmentStage>
      <@el "cbc:TransportModeCode" e.v(tdt, "e03_01")/>
      <#if e.v(tdt, "e05_01")?has_content || e.v(tdt, "e05_04")?has_content>
      <cac:CarrierParty>
        <#assign carrierScheme = (e.v(tdt, "e05_03") == "182")?then("SCAC", "")>
        <#if e.v(tdt, "e05_01")?has_content><cac:PartyIdentification><@id "cbc:ID" e.v(tdt, "e05_01") carrierScheme/></cac:PartyIdentification></#if>
        <#if e.v(tdt, "e05_04")?has_content><cac:PartyName><cbc:Name>${e.v(tdt, "e05_04")}</cbc:Name></cac:PartyName></#if>
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
    <#list m.SG10 as unit>
    <#assign pac = (unit.SG11[0].PAC)!{}>
    <#assign sscc = "">
    <#list unit.SG11 as packages><#list packages.SG13 as marking><#list marking.SG14 + marking.SG15 as identity>
      <#if e.v(identity.GIN, "e01") == "BJ" && !sscc?has_content><#assign sscc = e.v(identity.GIN, "e02_01")></#if>
    </#list></#list></#list>
    <cac:TransportHandlingUnit>
      <cbc:ID>${e.v(unit.CPS, "e01")}</cbc:ID>
      <@el "cbc:TransportHandlingUnitTypeCode" e.v(pac, "e03_01")/>
      <@el "cbc:TotalPackageQuantity" e.v(pac, "e01")/>
      <@el "cbc:TraceID" sscc/>
    </cac:TransportHandlingUnit>
    </#list>
  </cac:Shipment>
  <#list m.SG10 as unit>
  <#list unit.SG15 + unit.SG17 as line>
  <#assign lin = line.LIN>
  <#assign qty = e.first(line.QTY, "e01_01", "12")>
  <#-- e.group reads the model's own lists, so pick the directory's reference group rather than joining both. -->
  <#assign lineOrder = e.group(line.SG16?has_content?then(line.SG16, line.SG18), "RFF", "e01_01", "ON")>
  <cac:DespatchLine>
    <cbc:ID>${e.v(lin, "e01")}</cbc:ID>
    <cbc:DeliveredQuantity unitCode="${units[e.v(qty, "e01_03")]!e.v(qty, "e01_03")}">${e.v(qty, "e01_02")}</cbc:DeliveredQuantity>
    <cac:OrderLineReference>
      <#-- UBL needs an order line: the referenced one, else the despatch line's own number. -->
      <cbc:LineID>${lineOrder?has_content?then(e.v(lineOrder.RFF, "e01_03"), e.v(lin, "e01"))}</cbc:LineID>
      <#if lineOrder?has_content && e.v(lineOrder.RFF, "e01_02")?has_content>
      <cac:OrderReference><cbc:ID>${e.v(lineOrder.RFF, "e01_02")}</cbc:ID></cac:OrderReference>
      </#if>
    </cac:OrderLineReference>
    <cac:Item>
      <#assign imd = e.first(line.IMD, "e01", "F")>
      <@el "cbc:Name" e.v(imd, "e03_04") + e.v(imd, "e03_05")/>
      <#assign buyers = e.itemNumber(line.PIA, "IN")>
      <#if buyers?has_content><cac:BuyersItemIdentification><cbc:ID>${buyers}</cbc:ID></cac:BuyersItemIdentification></#if>
      <#assign sellers = e.itemNumber(line.PIA, "SA")>
      <#if sellers?has_content><cac:SellersItemIdentification><cbc:ID>${sellers}</cbc:ID></cac:SellersItemIdentification></#if>
      <#if e.v(lin, "e03_01")?has_content>
      <cac:StandardItemIdentification><cbc:ID schemeID="0160">${e.v(lin, "e03_01")}</cbc:ID></cac:StandardItemIdentification>
      </#if>
    </cac:Item>
    <cac:Shipment>
      <cbc:ID>${billOfLading?has_content?then(billOfLading, number)}</cbc:ID>
      <cac:TransportHandlingUnit><cbc:ID>${e.v(unit.CPS, "e01")}</cbc:ID></cac:TransportHandlingUnit>
    </cac:Shipment>
  </cac:DespatchLine>
  </#list>
  </#list>
</DespatchAdvice>
