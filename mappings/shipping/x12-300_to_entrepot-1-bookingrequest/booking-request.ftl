<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 300 Reservation (Booking Request) (Ocean) (004010, 005010) -> Entrepot booking request 1.
  See ../README.md for the field table. Loops as the 300 schema names them: H_N1, H_R4, D_LX, H_V1.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#assign m = interchange.message>
<#assign isa = interchange.ISA>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro partyId name id scheme><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${id}</${name}></#macro>
<#function date8 value><#return value[0..3] + "-" + value[4..5] + "-" + value[6..7]></#function>

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

<#macro port name function>
  <#local loop = e.group(m.H_R4, "R4", "e01", function)>
  <#if loop?has_content>
  <${name}>
    <#if e.v(loop.R4, "e02") == "UN"><@el "c:UNLocationCode" e.v(loop.R4, "e03")/></#if>
    <@el "c:Name" e.v(loop.R4, "e04")/>
  </${name}>
  </#if>
</#macro>

<#assign b1 = m.B1>
<#assign shipper = e.group(m.H_N1, "N1", "e01", "SH")>
<#if !shipper?has_content><#stop "a 300 names its shipper (N1*SH); this one does not"></#if>
<#assign loading = e.group(m.H_R4, "R4", "e01", "L")>
<#assign v1 = (m.H_V1[0].V1)!{}>
<?xml version="1.0" encoding="UTF-8"?>
<BookingRequest xmlns="urn:entrepot:shipping:booking:1" xmlns:c="urn:entrepot:shipping:common:1">
  <CarrierBookingRequestReference>${e.v(b1, "e02")}</CarrierBookingRequestReference>
  <DocumentStatus>${codes.x12Reservations[e.v(b1, "e04")]!"ORIGINAL"}</DocumentStatus>
  <IssueDateTime>${date8(e.v(b1, "e03"))}T00:00:00</IssueDateTime>
  <@partyId "Sender" e.v(isa, "e06")?trim codes.x12Schemes[e.v(isa, "e05")]!""/>
  <@partyId "Receiver" e.v(isa, "e08")?trim codes.x12Schemes[e.v(isa, "e07")]!""/>
  <@el "CarrierCode" e.v(b1, "e01")/>
  <#if loading?has_content && e.v(e.first(loading.DTM, "e01", "139"), "e02")?has_content>
  <ExpectedDepartureDate>${date8(e.v(e.first(loading.DTM, "e01", "139"), "e02"))}</ExpectedDepartureDate>
  </#if>
  <#list m.K1 as k1><Remark>${e.v(k1, "e01")}${e.v(k1, "e02")}</Remark></#list>
  <@party "Shipper" shipper/>
  <#assign consignee = e.group(m.H_N1, "N1", "e01", "CN")>
  <#if consignee?has_content><@party "Consignee" consignee/></#if>
  <#assign carrier = e.group(m.H_N1, "N1", "e01", "CA")>
  <#if carrier?has_content><@party "Carrier" carrier/></#if>
  <#if v1?has_content>
  <Transport>
    <@el "c:VoyageNumber" e.v(v1, "e04")/>
    <@el "c:VesselName" e.v(v1, "e02")/>
    <#if e.v(v1, "e08") == "L"><@el "c:VesselIMONumber" e.v(v1, "e01")/></#if>
  </Transport>
  </#if>
  <@port "PlaceOfReceipt" "R"/>
  <@port "PortOfLoading" "L"/>
  <@port "PortOfDischarge" "D"/>
  <@port "PlaceOfDelivery" "E"/>
  <#list m.D_LX as line>
  <#assign l0 = (line.L0[0])!{}>
  <Commodity>
    <ItemNumber>${e.v(line.LX, "e01")}</ItemNumber>
    <@el "PackageCount" e.v(l0, "e08")/>
    <@el "PackageCode" codes.x12Packages[e.v(l0, "e09")]!e.v(l0, "e09")/>
    <CommodityDescription><#list line.L5 as l5>${e.v(l5, "e02")}</#list></CommodityDescription>
    <#list line.L5 as l5><#if e.v(l5, "e04") == "H"><HSCode>${e.v(l5, "e03")}</HSCode></#if></#list>
    <CargoGrossWeight unit="${codes.x12Weights[e.v(l0, "e11")]!"KGM"}">${e.v(l0, "e04")}</CargoGrossWeight>
  </Commodity>
  </#list>
  <#list m.Y4 as y4>
  <RequestedEquipment>
    <ISOEquipmentCode>${e.v(y4, "e06")}</ISOEquipmentCode>
    <Units>${e.v(y4, "e05")?has_content?then(e.v(y4, "e05"), "1")}</Units>
    <IsShipperOwned>false</IsShipperOwned>
  </RequestedEquipment>
  </#list>
</BookingRequest>
