<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 301 Confirmation (Ocean) (004010, 005010) -> Entrepot booking confirmation 1. See
  ../README.md for the field table. Loops as the 301 schema names them: H_N1, H_R4, D_LX, H_V1.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#assign m = interchange.message>
<#assign isa = interchange.ISA>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro partyId name id scheme><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${id}</${name}></#macro>
<#function date8 value><#return value[0..3] + "-" + value[4..5] + "-" + value[6..7]></#function>
<#function stamp dtm>
  <#if !e.v(dtm, "e02")?has_content><#return ""></#if>
  <#local time = e.v(dtm, "e03")?has_content?then(e.v(dtm, "e03"), "0000")>
  <#return date8(e.v(dtm, "e02")) + "T" + time[0..1] + ":" + time[2..3] + ":00">
</#function>

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
<#assign request = e.v(e.first(m.N9, "e01", "SI"), "e02")>
<#if !request?has_content><#stop "a 301 answers a booking request; this one names none (N9*SI)"></#if>
<#assign status = codes.x12BookingStatuses[e.v(b1, "e04")]!"">
<#if !status?has_content><#stop "B104 '" + e.v(b1, "e04") + "' is neither A (accepted) nor D (declined)"></#if>
<#assign loading = e.group(m.H_R4, "R4", "e01", "L")>
<#assign discharge = e.group(m.H_R4, "R4", "e01", "D")>
<#assign v1 = (m.H_V1[0].V1)!{}>
<?xml version="1.0" encoding="UTF-8"?>
<BookingConfirmation xmlns="urn:entrepot:shipping:booking:1" xmlns:c="urn:entrepot:shipping:common:1">
  <CarrierBookingReference>${e.v(b1, "e02")}</CarrierBookingReference>
  <CarrierBookingRequestReference>${request}</CarrierBookingRequestReference>
  <BookingStatus>${status}</BookingStatus>
  <IssueDateTime>${date8(e.v(b1, "e03"))}T00:00:00</IssueDateTime>
  <@partyId "Sender" e.v(isa, "e06")?trim codes.x12Schemes[e.v(isa, "e05")]!""/>
  <@partyId "Receiver" e.v(isa, "e08")?trim codes.x12Schemes[e.v(isa, "e07")]!""/>
  <@el "CarrierCode" e.v(b1, "e01")/>
  <#list m.K1 as k1><Remark>${e.v(k1, "e01")}${e.v(k1, "e02")}</Remark></#list>
  <#if v1?has_content>
  <Transport>
    <@el "c:VoyageNumber" e.v(v1, "e04")/>
    <@el "c:VesselName" e.v(v1, "e02")/>
    <#if e.v(v1, "e08") == "L"><@el "c:VesselIMONumber" e.v(v1, "e01")/></#if>
  </Transport>
  </#if>
  <@port "PortOfLoading" "L"/>
  <#if loading?has_content><@el "PlannedDepartureDateTime" stamp(e.first(loading.DTM, "e01", "139"))/></#if>
  <@port "PortOfDischarge" "D"/>
  <#if discharge?has_content><@el "PlannedArrivalDateTime" stamp(e.first(discharge.DTM, "e01", "139"))/></#if>
  <#list m.Y4 as y4>
  <ConfirmedEquipment>
    <ISOEquipmentCode>${e.v(y4, "e06")}</ISOEquipmentCode>
    <Units>${e.v(y4, "e05")?has_content?then(e.v(y4, "e05"), "1")}</Units>
    <IsShipperOwned>false</IsShipperOwned>
  </ConfirmedEquipment>
  </#list>
</BookingConfirmation>
