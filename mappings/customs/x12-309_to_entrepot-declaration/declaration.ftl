<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 309 (004010 and 005010) -> Entrepot customs declaration 1. See ../README.md.
  Loops as named by the 309 schema: H_P4 (port) > H_LX (lading) > N9, H_N1, H_VID > H_N10.
  Every N10 of every VID loop is a goods item. N9 ZZ references are labelled in N903 (FUNCTION, TYPE).
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/common/x12-read.ftl" as x>
<#import "/customs/shared/customs-codes.ftl" as codes>
<#assign m = interchange.message>
<#assign p4 = m.H_P4[0]>
<#assign lading = p4.H_LX[0]>
<#assign m10 = m.M10>
<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#function reference label>
  <#return e.v(e.first(lading.N9, "e03", label), "e02")>
</#function>

<#macro party element code>
  <#local loop = e.group(lading.H_N1, "N1", "e01", code)>
  <#if loop?has_content>
  <${element}>
    <@el "ID" e.v(loop.N1, "e04")/>
    <@el "Name" e.v(loop.N1, "e02")/>
    <#if loop.N3?has_content || loop.N4?has_content>
    <Address>
      <@el "Line" e.v(loop.N3, "e01")/>
      <@el "CityName" e.v(loop.N4, "e01")/>
      <@el "PostcodeID" e.v(loop.N4, "e03")/>
      <@el "CountryCode" e.v(loop.N4, "e04")/>
    </Address>
    </#if>
  </${element}>
  </#if>
</#macro>

<#assign manifestTypes = {"E": "830", "I": "929"}>
<?xml version="1.0" encoding="UTF-8"?>
<Declaration xmlns="urn:entrepot:customs:declaration:1">
  <FunctionCode>${reference("FUNCTION")?has_content?then(reference("FUNCTION"), "9")}</FunctionCode>
  <TypeCode>${reference("TYPE")?has_content?then(reference("TYPE"), manifestTypes[e.v(m10, "e09")]!"929")}</TypeCode>
  <FunctionalReferenceID>${e.v(m10, "e07")}</FunctionalReferenceID>
  <IssueDate>${e.date(e.v(p4.P4, "e02"))}</IssueDate>
  <DeclarationOffice><ID>${e.v(p4.P4, "e01")}</ID></DeclarationOffice>
  <@party "Declarant" "DT"/>
  <@party "Exporter" "EX"/>
  <@party "Importer" "IM"/>
  <@party "Agent" "CB"/>
  <BorderTransportMeans>
    <ModeCode>${codes.modeFromX12(e.v(m10, "e02"))}</ModeCode>
    <@el "ID" e.v(m10, "e04")/>
    <@el "Name" e.v(m10, "e05")/>
    <@el "RegistrationNationalityCode" e.v(m10, "e03")/>
    <@el "JourneyID" e.v(m10, "e06")/>
    <@el "CarrierID" e.v(m10, "e01")/>
  </BorderTransportMeans>
  <#list lading.H_VID as conveyance>
  <TransportEquipment><ID>${e.v(conveyance.VID, "e02")}${e.v(conveyance.VID, "e03")}</ID></TransportEquipment>
  </#list>
  <#list lading.H_VID as conveyance>
  <#list conveyance.H_N10 as line>
  <#assign n10 = line.N10>
  <#assign unit = e.v(n10, "e07")>
  <GoodsItem>
    <SequenceNumeric>${e.v(n10, "e09")?has_content?then(e.v(n10, "e09"), line?counter?c)}</SequenceNumeric>
    <Commodity>
      <Description>${e.v(n10, "e02")}</Description>
      <ClassificationID>${e.v(n10, "e05")}</ClassificationID>
    </Commodity>
    <@el "OriginCountryCode" e.v(n10, "e11")/>
    <#if e.v(n10, "e08")?has_content>
    <#assign rec20 = unit>
    <#list codes.x12WeightUnits as code, x12><#if x12 == unit><#assign rec20 = code></#if></#list>
    <GrossMassMeasure unitCode="${rec20}">${e.v(n10, "e08")}</GrossMassMeasure>
    </#if>
    <#if e.v(n10, "e06")?has_content><CustomsValueAmount currencyID="${e.v(n10, "e13")?has_content?then(e.v(n10, "e13"), "USD")}">${e.v(n10, "e06")}</CustomsValueAmount></#if>
    <#if e.v(n10, "e10")?has_content>
    <Packaging>
      <TypeCode>${e.v(n10, "e10")}</TypeCode>
      <QuantityQuantity>${e.v(n10, "e01")}</QuantityQuantity>
      <@el "MarksNumbersID" e.v(n10, "e03")/>
    </Packaging>
    </#if>
  </GoodsItem>
  </#list>
  </#list>
</Declaration>
