<#ftl output_format="XML" strip_whitespace=true>
<#--
  Reading and writing the parts of an IFTMIN, IFTMBF or IFTMBC that several mappings share:
  a party from its NAD group (with the group of its CTA/COM contact), a LOC as a location.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/shipping/common/shipping-codes.ftl" as codes>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>

<#-- A c:Party from a NAD group; contactGroup names its CTA group (SG12 in IFTMIN, SG11 in IFTMBF). -->
<#macro party name group contactGroup>
  <#local nad = group.NAD>
  <${name}>
    <#if e.v(nad, "e02_01")?has_content><c:Identifier<#if (codes.edifactAgencies[e.v(nad, "e02_03")]!"")?has_content> schemeID="${codes.edifactAgencies[e.v(nad, "e02_03")]}"</#if>>${e.v(nad, "e02_01")}</c:Identifier></#if>
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
    <#local contact = (group[contactGroup][0])!{}>
    <#if contact?has_content>
    <c:Contact>
      <@el "c:Name" e.v(contact.CTA, "e02_02")/>
      <@el "c:Phone" e.v(e.first(contact.COM, "e01_02", "TE"), "e01_01")/>
      <@el "c:Email" e.v(e.first(contact.COM, "e01_02", "EM"), "e01_01")/>
    </c:Contact>
    </#if>
  </${name}>
</#macro>

<#-- A c:Location from a LOC segment (C517: UN/LOCODE, name). -->
<#macro location name loc>
  <#if loc?has_content>
  <${name}>
    <@el "c:UNLocationCode" e.v(loc, "e02_01")/>
    <@el "c:Name" e.v(loc, "e02_04")/>
  </${name}>
  </#if>
</#macro>

<#-- A c:Vessel from a TDT segment (8028 voyage, C222 IMO number and name). -->
<#macro vessel name tdt>
  <#if tdt?has_content && (e.v(tdt, "e02")?has_content || e.v(tdt, "e08_01")?has_content || e.v(tdt, "e08_04")?has_content)>
  <${name}>
    <@el "c:VoyageNumber" e.v(tdt, "e02")/>
    <@el "c:VesselName" e.v(tdt, "e08_04")/>
    <@el "c:VesselIMONumber" e.v(tdt, "e08_01")/>
  </${name}>
  </#if>
</#macro>

<#-- RequestedEquipment / ConfirmedEquipment from an EQD group: C224 size and type, 8077 supplier, EQN units. -->
<#macro equipment name group>
  <${name}>
    <ISOEquipmentCode>${e.v(group.EQD, "e03_01")}</ISOEquipmentCode>
    <Units>${e.v(group.EQN, "e01_01")?has_content?then(e.v(group.EQN, "e01_01"), "1")}</Units>
    <IsShipperOwned>${codes.suppliers[e.v(group.EQD, "e04")]!"false"}</IsShipperOwned>
  </${name}>
</#macro>
