<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT IFTMIN (D.96A, D.01B: the same segment groups up to SG41) -> Entrepot shipping
  instruction 1. See ../README.md for the field table. Values pass through as written; dates in
  formats 102 and 203 become XML dates and date-times.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#import "/shipping/common/edifact-dates.ftl" as d>
<#assign m = interchange.message>
<#assign unb = interchange.UNB>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro partyId name id scheme><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${id}</${name}></#macro>

<#macro party name group>
  <#local nad = group.NAD>
  <${name}>
    <#if e.v(nad, "e02_01")?has_content><@partyId "c:Identifier" e.v(nad, "e02_01") codes.edifactAgencies[e.v(nad, "e02_03")]!""/></#if>
    <c:Name>${e.v(nad, "e04_01")}${e.v(nad, "e04_02")}</c:Name>
    <#if e.v(nad, "e05_01")?has_content || e.v(nad, "e06")?has_content || e.v(nad, "e09")?has_content>
    <c:Address>
      <@el "c:Street" e.v(nad, "e05_01")/>
      <@el "c:Street" e.v(nad, "e05_02")/>
      <@el "c:City" e.v(nad, "e06")/>
      <@el "c:PostalCode" e.v(nad, "e08")/>
      <#-- D.01B made 3229 a composite (C819) -->
      <@el "c:CountrySubdivision" e.v(nad, "e07")?has_content?then(e.v(nad, "e07"), e.v(nad, "e07_01"))/>
      <@el "c:CountryCode" e.v(nad, "e09")/>
    </c:Address>
    </#if>
    <#local contact = (group.SG12[0])!{}>
    <#if contact?has_content>
    <c:Contact>
      <@el "c:Name" e.v(contact.CTA, "e02_02")/>
      <@el "c:Phone" e.v(e.first(contact.COM, "e01_02", "TE"), "e01_01")/>
      <@el "c:Email" e.v(e.first(contact.COM, "e01_02", "EM"), "e01_01")/>
    </c:Contact>
    </#if>
  </${name}>
</#macro>

<#macro location name qualifier>
  <#local found = e.group(m.SG1, "LOC", "e01", qualifier)>
  <#if found?has_content>
  <#local loc = found.LOC>
  <${name}>
    <@el "c:UNLocationCode" e.v(loc, "e02_01")/>
    <@el "c:Name" e.v(loc, "e02_04")/>
  </${name}>
  </#if>
</#macro>

<#macro weight name mea>
  <#if mea?has_content><${name} unit="${e.v(mea, "e03_01")}">${e.v(mea, "e03_02")}</${name}></#if>
</#macro>

<#assign bgm = m.BGM>
<#assign doc = (m.DOC[0])!{}>
<#assign cpi = (m.SG6[0].CPI)!{}>
<#assign tdt = (m.SG8[0].TDT)!{}>
<#assign booking = e.group(m.SG3, "RFF", "e01_01", "BN")>
<#assign issued = e.first(m.DTM, "e01_01", "137")>
<?xml version="1.0" encoding="UTF-8"?>
<ShippingInstruction xmlns="urn:entrepot:shipping:instruction:1" xmlns:c="urn:entrepot:shipping:common:1">
  <ShippingInstructionReference>${e.v(bgm, "e02_01")?has_content?then(e.v(bgm, "e02_01"), e.v(bgm, "e02"))}</ShippingInstructionReference>
  <DocumentStatus>${codes.edifactFunctions[e.v(bgm, "e03")]!"ORIGINAL"}</DocumentStatus>
  <IssueDateTime>${d.dateTime(e.v(issued, "e01_02"), e.v(issued, "e01_03"))}</IssueDateTime>
  <@partyId "Sender" e.v(unb, "e02_01") codes.edifactSchemes[e.v(unb, "e02_02")]!""/>
  <@partyId "Receiver" e.v(unb, "e03_01") codes.edifactSchemes[e.v(unb, "e03_02")]!""/>
  <#if booking?has_content><CarrierBookingReference>${e.v(booking.RFF, "e01_02")}</CarrierBookingReference></#if>
  <@el "CarrierCode" e.v(tdt, "e05_01")/>
  <@el "TransportDocumentType" codes.documentTypes[e.v(doc, "e01_01")]!""/>
  <@el "NumberOfOriginals" e.v(doc, "e05")/>
  <@el "NumberOfCopies" e.v(doc, "e04")/>
  <@el "FreightPaymentTerm" codes.edifactPayments[e.v(cpi, "e03")]!""/>
  <@el "RequestedShipmentDate" e.date(e.dtm(m.DTM, "200"))/>
  <@el "RequestedDeliveryDate" e.date(e.dtm(m.DTM, "2"))/>
  <#list m.FTX as ftx>
  <Remark>${e.v(ftx, "e04_01")}${e.v(ftx, "e04_02")}${e.v(ftx, "e04_03")}${e.v(ftx, "e04_04")}${e.v(ftx, "e04_05")}</Remark>
  </#list>
  <#assign shipper = e.group(m.SG11, "NAD", "e01", "CZ")>
  <#assign consignee = e.group(m.SG11, "NAD", "e01", "CN")>
  <#if !shipper?has_content || !consignee?has_content><#stop "an IFTMIN names its consignor (NAD+CZ) and consignee (NAD+CN); this one lacks one of them"></#if>
  <@party "Shipper" shipper/>
  <@party "Consignee" consignee/>
  <#list m.SG11?filter(g -> e.v(g.NAD, "e01") == "NI") as notify><@party "NotifyParty" notify/></#list>
  <#assign carrier = e.group(m.SG11, "NAD", "e01", "CA")>
  <#if carrier?has_content><@party "Carrier" carrier/></#if>
  <#if tdt?has_content && (e.v(tdt, "e02")?has_content || e.v(tdt, "e08_01")?has_content || e.v(tdt, "e08_04")?has_content)>
  <Transport>
    <@el "c:VoyageNumber" e.v(tdt, "e02")/>
    <@el "c:VesselName" e.v(tdt, "e08_04")/>
    <@el "c:VesselIMONumber" e.v(tdt, "e08_01")/>
  </Transport>
  </#if>
  <@location "PlaceOfReceipt" "88"/>
  <@location "PortOfLoading" "9"/>
  <@location "PortOfDischarge" "11"/>
  <@location "PlaceOfDelivery" "7"/>
  <#list m.SG18 as goods>
  <#assign gid = goods.GID>
  <ConsignmentItem>
    <ItemNumber>${e.v(gid, "e01")}</ItemNumber>
    <PackageCount>${e.v(gid, "e02_01")}</PackageCount>
    <PackageCode>${e.v(gid, "e02_02")}</PackageCode>
    <@el "PackageDescription" e.v(gid, "e02_05")/>
    <#list goods.FTX?filter(f -> e.v(f, "e01") == "AAA") as ftx>
    <DescriptionOfGoods>${e.v(ftx, "e04_01")}${e.v(ftx, "e04_02")}${e.v(ftx, "e04_03")}${e.v(ftx, "e04_04")}${e.v(ftx, "e04_05")}</DescriptionOfGoods>
    </#list>
    <#list goods.PIA as pia>
      <#list ["e02", "e03", "e04", "e05", "e06"] as position>
        <#if e.v(pia, position + "_02") == "HS"><HSCode>${e.v(pia, position + "_01")}</HSCode></#if>
      </#list>
    </#list>
    <@weight name="GrossWeight" mea=(e.group(goods.SG20, "MEA", "e02_01", "G").MEA)!{}/>
    <@weight name="NetWeight" mea=(e.group(goods.SG20, "MEA", "e02_01", "AAL").MEA)!{}/>
    <@weight name="Volume" mea=(e.group(goods.SG20, "MEA", "e02_01", "AAW").MEA)!{}/>
    <#list goods.SG23 as marks>
      <#list 1..10 as i><#assign mark = e.v(marks.PCI, "e02_" + i?string?left_pad(2, "0"))><@el "ShippingMarks" mark/></#list>
    </#list>
    <@el "EquipmentReference" e.v((goods.SG29[0].SGP)!{}, "e01_01")/>
  </ConsignmentItem>
  </#list>
  <#list m.SG37 as equipment>
  <#assign eqd = equipment.EQD>
  <UtilizedTransportEquipment>
    <EquipmentReference>${e.v(eqd, "e02_01")}</EquipmentReference>
    <@el "ISOEquipmentCode" e.v(eqd, "e03_01")/>
    <IsShipperOwned>${codes.suppliers[e.v(eqd, "e04")]!"false"}</IsShipperOwned>
    <@weight "TareWeight" e.first(equipment.MEA, "e02_01", "T")/>
    <@weight "CargoGrossWeight" e.first(equipment.MEA, "e02_01", "G")/>
    <#list equipment.SEL as sel>
    <Seal>
      <Number>${e.v(sel, "e01")}</Number>
      <@el "Source" codes.sealSources[e.v(sel, "e02_01")]!""/>
    </Seal>
    </#list>
  </UtilizedTransportEquipment>
  </#list>
</ShippingInstruction>
