<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT CUSDEC (D.96A and D.01B, which agree on every segment read here) -> Entrepot customs
  declaration 1. See ../README.md for the field table. Goods items are the SG30 groups (CST).
  Values pass through as written; dates in format 102 become ISO dates.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/customs/shared/customs-codes.ftl" as codes>
<#assign m = interchange.message>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>

<#-- NAD: C082 id, C080 name in up to two components, C059 street, 3164 city, 3251 postcode, 3207 country. -->
<#macro party element qualifier>
  <#local nad = e.group(m.SG6, "NAD", "e01", qualifier).NAD!{}>
  <#if nad?has_content>
  <${element}>
    <@el "ID" e.v(nad, "e02_01")/>
    <@el "Name" e.v(nad, "e04_01") + e.v(nad, "e04_02")/>
    <#if e.v(nad, "e05_01")?has_content || e.v(nad, "e06")?has_content || e.v(nad, "e08")?has_content || e.v(nad, "e09")?has_content>
    <Address>
      <@el "Line" e.v(nad, "e05_01")/>
      <@el "CityName" e.v(nad, "e06")/>
      <@el "PostcodeID" e.v(nad, "e08")/>
      <@el "CountryCode" e.v(nad, "e09")/>
    </Address>
    </#if>
  </${element}>
  </#if>
</#macro>

<#-- A CST customs identity code (C246) by its code list: HS commodity, CPC current procedure, PPC previous procedure. -->
<#function cst segment list>
  <#list ["e02", "e03", "e04", "e05", "e06"] as position>
    <#if e.v(segment, position + "_02") == list><#return e.v(segment, position + "_01")></#if>
  </#list>
  <#return "">
</#function>

<#function mea segments property>
  <#return e.first(segments, "e02_01", property)>
</#function>

<#assign bgm = m.BGM>
<#assign tdt = (m.SG4[0].TDT)!{}>
<?xml version="1.0" encoding="UTF-8"?>
<Declaration xmlns="urn:entrepot:customs:declaration:1">
  <FunctionCode>${e.v(bgm, "e03")?has_content?then(e.v(bgm, "e03"), "9")}</FunctionCode>
  <TypeCode>${e.v(bgm, "e01_01")}</TypeCode>
  <FunctionalReferenceID>${e.v(bgm, "e02")?has_content?then(e.v(bgm, "e02"), e.v(bgm, "e02_01"))}</FunctionalReferenceID>
  <IssueDate>${e.date(e.dtm(m.DTM, "137"))}</IssueDate>
  <DeclarationOffice><ID>${e.v(e.first(m.LOC, "e01", "41"), "e02_01")}</ID></DeclarationOffice>
  <@party "Declarant" "DT"/>
  <@party "Exporter" "EX"/>
  <@party "Importer" "IM"/>
  <@party "Agent" "AE"/>
  <#if tdt?has_content>
  <BorderTransportMeans>
    <ModeCode>${e.v(tdt, "e03_01")}</ModeCode>
    <@el "ID" e.v(tdt, "e08_01")/>
    <@el "Name" e.v(tdt, "e08_04")/>
    <@el "RegistrationNationalityCode" e.v(tdt, "e08_05")/>
    <@el "JourneyID" e.v(tdt, "e02")/>
    <@el "CarrierID" e.v(tdt, "e05_01")/>
  </BorderTransportMeans>
  </#if>
  <#list m.EQD as eqd>
  <TransportEquipment><ID>${e.v(eqd, "e02_01")}</ID></TransportEquipment>
  </#list>
  <#list m.SG30 as item>
  <#assign gross = mea(item.MEA, "G")>
  <#assign net = mea(item.MEA, "AAA")>
  <#assign customsValue = e.group(item.SG33, "MOA", "e01_01", "40").MOA!{}>
  <#assign statisticalValue = e.group(item.SG33, "MOA", "e01_01", "123").MOA!{}>
  <GoodsItem>
    <SequenceNumeric>${e.v(item.CST, "e01")}</SequenceNumeric>
    <Commodity>
      <Description><#list item.FTX?filter(f -> e.v(f, "e01") == "AAA") as ftx>${e.v(ftx, "e04_01")}${e.v(ftx, "e04_02")}${e.v(ftx, "e04_03")}${e.v(ftx, "e04_04")}${e.v(ftx, "e04_05")}</#list></Description>
      <ClassificationID>${cst(item.CST, "HS")}</ClassificationID>
    </Commodity>
    <@el "OriginCountryCode" e.v(e.first(item.LOC, "e01", "27"), "e02_01")/>
    <#if gross?has_content><GrossMassMeasure unitCode="${e.v(gross, "e03_01")}">${e.v(gross, "e03_02")}</GrossMassMeasure></#if>
    <#if net?has_content><NetMassMeasure unitCode="${e.v(net, "e03_01")}">${e.v(net, "e03_02")}</NetMassMeasure></#if>
    <#if statisticalValue?has_content><StatisticalValueAmount currencyID="${e.v(statisticalValue, "e01_03")}">${e.v(statisticalValue, "e01_02")}</StatisticalValueAmount></#if>
    <#if customsValue?has_content><CustomsValueAmount currencyID="${e.v(customsValue, "e01_03")}">${e.v(customsValue, "e01_02")}</CustomsValueAmount></#if>
    <#if cst(item.CST, "CPC")?has_content>
    <GovernmentProcedure>
      <CurrentCode>${cst(item.CST, "CPC")}</CurrentCode>
      <@el "PreviousCode" cst(item.CST, "PPC")/>
    </GovernmentProcedure>
    </#if>
    <#list item.SG31 as packaging>
    <Packaging>
      <TypeCode>${e.v(packaging.PAC, "e03_01")}</TypeCode>
      <QuantityQuantity>${e.v(packaging.PAC, "e01")}</QuantityQuantity>
      <#if packaging.SG32?has_content><@el "MarksNumbersID" e.v(packaging.SG32[0].PCI, "e02_01")/></#if>
    </Packaging>
    </#list>
    <#list item.SG37 as document>
    <#assign doc = document.DOC>
    <PreviousDocument>
      <TypeCode>${codes.documentType(e.v(doc, "e01_01"), e.v(doc, "e01_04"))}</TypeCode>
      <ID>${e.v(doc, "e02_01")}</ID>
    </PreviousDocument>
    </#list>
  </GoodsItem>
  </#list>
</Declaration>
