<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT IFTMBF (D.96A, D.01B: the same groups for what is read here) -> Entrepot booking
  request 1. See ../README.md for the field table.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#import "/shipping/common/edifact-dates.ftl" as d>
<#import "/shipping/common/edifact-parties.ftl" as p>
<#assign m = interchange.message>
<#assign unb = interchange.UNB>
<#macro partyId name id scheme><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${id}</${name}></#macro>
<#function loc qualifier><#return (e.group(m.SG1, "LOC", "e01", qualifier).LOC)!{}></#function>

<#assign bgm = m.BGM>
<#assign tdt = (m.SG7[0].TDT)!{}>
<#assign issued = e.first(m.DTM, "e01_01", "137")>
<#assign shipper = e.group(m.SG10, "NAD", "e01", "CZ")>
<#if !shipper?has_content><#stop "an IFTMBF names its consignor (NAD+CZ); this one does not"></#if>
<?xml version="1.0" encoding="UTF-8"?>
<BookingRequest xmlns="urn:entrepot:shipping:booking:1" xmlns:c="urn:entrepot:shipping:common:1">
  <CarrierBookingRequestReference>${e.v(bgm, "e02_01")?has_content?then(e.v(bgm, "e02_01"), e.v(bgm, "e02"))}</CarrierBookingRequestReference>
  <DocumentStatus>${codes.edifactFunctions[e.v(bgm, "e03")]!"ORIGINAL"}</DocumentStatus>
  <IssueDateTime>${d.dateTime(e.v(issued, "e01_02"), e.v(issued, "e01_03"))}</IssueDateTime>
  <@partyId "Sender" e.v(unb, "e02_01") codes.edifactSchemes[e.v(unb, "e02_02")]!""/>
  <@partyId "Receiver" e.v(unb, "e03_01") codes.edifactSchemes[e.v(unb, "e03_02")]!""/>
  <@p.el "CarrierCode" e.v(tdt, "e05_01")/>
  <@p.el "ExpectedDepartureDate" e.date(e.dtm(m.DTM, "133"))/>
  <#list m.FTX as ftx>
  <Remark>${e.v(ftx, "e04_01")}${e.v(ftx, "e04_02")}${e.v(ftx, "e04_03")}${e.v(ftx, "e04_04")}${e.v(ftx, "e04_05")}</Remark>
  </#list>
  <@p.party name="Shipper" group=shipper contactGroup="SG11"/>
  <#assign consignee = e.group(m.SG10, "NAD", "e01", "CN")>
  <#if consignee?has_content><@p.party name="Consignee" group=consignee contactGroup="SG11"/></#if>
  <#assign carrier = e.group(m.SG10, "NAD", "e01", "CA")>
  <#if carrier?has_content><@p.party name="Carrier" group=carrier contactGroup="SG11"/></#if>
  <@p.vessel "Transport" tdt/>
  <@p.location "PlaceOfReceipt" loc("88")/>
  <@p.location "PortOfLoading" loc("9")/>
  <@p.location "PortOfDischarge" loc("11")/>
  <@p.location "PlaceOfDelivery" loc("7")/>
  <#list m.SG16 as goods>
  <Commodity>
    <ItemNumber>${e.v(goods.GID, "e01")}</ItemNumber>
    <@p.el "PackageCount" e.v(goods.GID, "e02_01")/>
    <@p.el "PackageCode" e.v(goods.GID, "e02_02")/>
    <CommodityDescription><#list goods.FTX?filter(f -> e.v(f, "e01") == "AAA") as ftx>${e.v(ftx, "e04_01")}${e.v(ftx, "e04_02")}${e.v(ftx, "e04_03")}${e.v(ftx, "e04_04")}${e.v(ftx, "e04_05")}</#list></CommodityDescription>
    <#list goods.PIA as pia><#if e.v(pia, "e02_02") == "HS"><HSCode>${e.v(pia, "e02_01")}</HSCode></#if></#list>
    <#assign gross = (e.group(goods.SG18, "MEA", "e02_01", "G").MEA)!{}>
    <CargoGrossWeight unit="${e.v(gross, "e03_01")}">${e.v(gross, "e03_02")}</CargoGrossWeight>
  </Commodity>
  </#list>
  <#list m.SG32 as equipment><@p.equipment "RequestedEquipment" equipment/></#list>
</BookingRequest>
