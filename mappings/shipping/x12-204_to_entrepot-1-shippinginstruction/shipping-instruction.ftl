<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 204 (004010, 005010) -> Entrepot shipping instruction 1. See ../README.md for the field table.
  Loops as the 204 schema names them: H_N1 parties, H_N7 equipment, D_S5 stops with their D_N1
  location and D_L5 lading lines. A 204 has no document date: the group's GS04/GS05 stands in.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/common/x12-read.ftl" as x>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#assign m = interchange.message>
<#assign isa = interchange.ISA>
<#assign gs = interchange.GS>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro partyId name id scheme><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${id}</${name}></#macro>

<#macro party name loop>
  <#local n1 = loop.N1>
  <${name}>
    <#if e.v(n1, "e04")?has_content><@partyId "c:Identifier" e.v(n1, "e04") codes.x12IdQualifiers[e.v(n1, "e03")]!""/></#if>
    <c:Name>${e.v(n1, "e02")}</c:Name>
    <#if loop.N3?has_content || loop.N4?has_content>
    <c:Address>
      <#list loop.N3 as n3><@el "c:Street" e.v(n3, "e01")/><@el "c:Street" e.v(n3, "e02")/></#list>
      <@el "c:City" e.v(loop.N4, "e01")/>
      <@el "c:PostalCode" e.v(loop.N4, "e03")/>
      <@el "c:CountrySubdivision" e.v(loop.N4, "e02")/>
      <@el "c:CountryCode" e.v(loop.N4, "e04")/>
    </c:Address>
    </#if>
    <#if loop.G61?has_content>
    <c:Contact>
      <@el "c:Name" e.v(loop.G61, "e02")/>
      <@el "c:Phone" e.v(e.first(loop.G61, "e03", "TE"), "e04")/>
      <@el "c:Email" e.v(e.first(loop.G61, "e03", "EM"), "e04")/>
    </c:Contact>
    </#if>
  </${name}>
</#macro>

<#-- A routing location from the stop whose S502 reason code is given (CL, LD, UL, CU). -->
<#macro location name reason>
  <#local stop = e.group(m.D_S5, "S5", "e02", reason)>
  <#if stop?has_content && stop.D_N1?has_content>
    <#local n1 = stop.D_N1[0].N1>
    <#local n4 = stop.D_N1[0].N4>
    <#local code = (e.v(n4, "e05") == "UN")?then(e.v(n4, "e06"), "")>
  <${name}>
    <@el "c:UNLocationCode" code/>
    <#if e.v(n1, "e02") != code><@el "c:Name" e.v(n1, "e02")/></#if>
  </${name}>
  </#if>
</#macro>

<#macro weight name value unit>
  <#if value?has_content><${name} unit="${codes.x12Weights[unit]!unit}">${value}</${name}></#if>
</#macro>

<#function date8 value>
  <#return value[0..3] + "-" + value[4..5] + "-" + value[6..7]>
</#function>

<#assign b2 = m.B2>
<#assign booking = e.first(m.L11, "e02", "BN")>
<#assign lines = []>
<#list m.D_S5 as stop><#list stop.D_L5 as line><#assign lines = lines + [line]></#list></#list>
<#assign itemNumbers = []>
<#list lines as line><#if !itemNumbers?seq_contains(e.v(line.L5, "e01"))><#assign itemNumbers = itemNumbers + [e.v(line.L5, "e01")]></#if></#list>
<#assign pickupDate = "">
<#assign deliveryDate = "">
<#list m.D_S5 as stop>
  <#if x.dtm(stop.G62, "10")?has_content><#assign pickupDate = date8(e.v(e.first(stop.G62, "e01", "10"), "e02"))></#if>
  <#if e.v(e.first(stop.G62, "e01", "68"), "e02")?has_content><#assign deliveryDate = date8(e.v(e.first(stop.G62, "e01", "68"), "e02"))></#if>
</#list>
<#assign gsDate = e.v(gs, "e04")>
<#assign gsTime = e.v(gs, "e05")>
<?xml version="1.0" encoding="UTF-8"?>
<ShippingInstruction xmlns="urn:entrepot:shipping:instruction:1" xmlns:c="urn:entrepot:shipping:common:1">
  <ShippingInstructionReference>${e.v(b2, "e04")}</ShippingInstructionReference>
  <DocumentStatus>${codes.x12Purposes[e.v(m.B2A, "e01")]!"ORIGINAL"}</DocumentStatus>
  <IssueDateTime>${date8(gsDate)}T${gsTime[0..1]}:${gsTime[2..3]}:00</IssueDateTime>
  <@partyId "Sender" e.v(isa, "e06")?trim codes.x12Schemes[e.v(isa, "e05")]!""/>
  <@partyId "Receiver" e.v(isa, "e08")?trim codes.x12Schemes[e.v(isa, "e07")]!""/>
  <#if booking?has_content><CarrierBookingReference>${e.v(booking, "e01")}</CarrierBookingReference></#if>
  <@el "CarrierCode" e.v(b2, "e02")/>
  <@el "FreightPaymentTerm" codes.x12Payments[e.v(b2, "e06")]!""/>
  <@el "RequestedShipmentDate" pickupDate/>
  <@el "RequestedDeliveryDate" deliveryDate/>
  <#assign remark = "">
  <#list m.NTE as nte>
    <#if e.v(nte, "e01") == "ADD"><#assign remark = remark + " " + e.v(nte, "e02")><#else>
      <#if remark?has_content><Remark>${remark}</Remark></#if>
      <#assign remark = e.v(nte, "e02")>
    </#if>
  </#list>
  <#if remark?has_content><Remark>${remark}</Remark></#if>
  <#assign shipper = e.group(m.H_N1, "N1", "e01", "SH")>
  <#assign consignee = e.group(m.H_N1, "N1", "e01", "CN")>
  <#if !shipper?has_content || !consignee?has_content><#stop "a 204 names its shipper (N1*SH) and consignee (N1*CN) for a shipping instruction; this one lacks one of them"></#if>
  <@party "Shipper" shipper/>
  <@party "Consignee" consignee/>
  <#list m.H_N1?filter(loop -> e.v(loop.N1, "e01") == "N1") as notify><@party "NotifyParty" notify/></#list>
  <#assign carrier = e.group(m.H_N1, "N1", "e01", "CA")>
  <#if carrier?has_content><@party "Carrier" carrier/></#if>
  <@location "PlaceOfReceipt" "CL"/>
  <@location "PortOfLoading" "LD"/>
  <@location "PortOfDischarge" "UL"/>
  <@location "PlaceOfDelivery" "CU"/>
  <#list itemNumbers as number>
    <#assign itemLines = lines?filter(line -> e.v(line.L5, "e01") == number)>
    <#assign first = itemLines[0]>
    <#assign at8 = (first.AT8[0])!{}>
  <ConsignmentItem>
    <ItemNumber>${number}</ItemNumber>
    <PackageCount>${e.v(at8, "e04")}</PackageCount>
    <PackageCode>${codes.x12Packages[e.v(first.L5, "e05")]!e.v(first.L5, "e05")}</PackageCode>
    <#list itemLines as line><@el "DescriptionOfGoods" e.v(line.L5, "e02")/></#list>
    <#list itemLines as line><#if e.v(line.L5, "e04") == "H"><@el "HSCode" e.v(line.L5, "e03")/></#if></#list>
    <@weight "GrossWeight" e.v(at8, "e03") e.v(at8, "e02")/>
    <#if e.v(at8, "e07")?has_content><Volume unit="${codes.x12Volumes[e.v(at8, "e06")]!e.v(at8, "e06")}">${e.v(at8, "e07")}</Volume></#if>
  </ConsignmentItem>
  </#list>
  <#list m.H_N7 as loop>
  <#assign n7 = loop.N7>
  <UtilizedTransportEquipment>
    <EquipmentReference>${e.v(n7, "e01")}${e.v(n7, "e02")}</EquipmentReference>
    <@el "ISOEquipmentCode" e.v(n7, "e22")/>
    <IsShipperOwned>${(e.v(n7, "e10") == "C")?c}</IsShipperOwned>
    <@weight "TareWeight" e.v(n7, "e05") e.v(n7, "e17")/>
    <#if e.v(n7, "e04") == "G"><@weight "CargoGrossWeight" e.v(n7, "e03") e.v(n7, "e17")/></#if>
    <#list loop.M7 as m7>
      <#list ["e01", "e02", "e03", "e04"] as position>
        <#if e.v(m7, position)?has_content>
    <Seal>
      <Number>${e.v(m7, position)}</Number>
      <@el "Source" codes.sealSources[e.v(m7, "e05")]!""/>
    </Seal>
        </#if>
      </#list>
    </#list>
  </UtilizedTransportEquipment>
  </#list>
</ShippingInstruction>
