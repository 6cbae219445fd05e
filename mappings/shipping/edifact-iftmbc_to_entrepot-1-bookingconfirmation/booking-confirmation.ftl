<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT IFTMBC (D.96A, D.01B) -> Entrepot booking confirmation 1. See ../README.md for the
  field table. The equipment group is SG16 in D.96A and SG18 in D.01B.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#import "/shipping/common/edifact-dates.ftl" as d>
<#import "/shipping/common/edifact-parties.ftl" as p>
<#assign m = interchange.message>
<#assign unb = interchange.UNB>
<#assign equipmentGroup = (e.v(m.UNH, "e02_03") == "01B")?then("SG18", "SG16")>
<#macro partyId name id scheme><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${id}</${name}></#macro>

<#assign bgm = m.BGM>
<#assign transport = (m.SG3[0])!{}>
<#assign tdt = (transport.TDT)!{}>
<#assign issued = e.first(m.DTM, "e01_01", "137")>
<#assign request = e.group(m.SG2, "RFF", "e01_01", "FF")>
<#if !request?has_content><#stop "an IFTMBC answers a booking request; this one names none (RFF+FF)"></#if>
<#assign loading = (e.group(transport.SG4![], "LOC", "e01", "9"))!{}>
<#assign discharge = (e.group(transport.SG4![], "LOC", "e01", "11"))!{}>
<?xml version="1.0" encoding="UTF-8"?>
<BookingConfirmation xmlns="urn:entrepot:shipping:booking:1" xmlns:c="urn:entrepot:shipping:common:1">
  <CarrierBookingReference>${e.v(bgm, "e02_01")?has_content?then(e.v(bgm, "e02_01"), e.v(bgm, "e02"))}</CarrierBookingReference>
  <CarrierBookingRequestReference>${e.v(request.RFF, "e01_02")}</CarrierBookingRequestReference>
  <BookingStatus>${codes.bookingStatuses[e.v(bgm, "e04")]!"CONFIRMED"}</BookingStatus>
  <IssueDateTime>${d.dateTime(e.v(issued, "e01_02"), e.v(issued, "e01_03"))}</IssueDateTime>
  <@partyId "Sender" e.v(unb, "e02_01") codes.edifactSchemes[e.v(unb, "e02_02")]!""/>
  <@partyId "Receiver" e.v(unb, "e03_01") codes.edifactSchemes[e.v(unb, "e03_02")]!""/>
  <@p.el "CarrierCode" e.v(tdt, "e05_01")/>
  <#list m.FTX as ftx>
  <Remark>${e.v(ftx, "e04_01")}${e.v(ftx, "e04_02")}${e.v(ftx, "e04_03")}${e.v(ftx, "e04_04")}${e.v(ftx, "e04_05")}</Remark>
  </#list>
  <@p.vessel "Transport" tdt/>
  <#if loading?has_content>
  <@p.location "PortOfLoading" loading.LOC/>
  <#assign departure = e.first(loading.DTM, "e01_01", "133")>
  <@p.el "PlannedDepartureDateTime" d.dateTime(e.v(departure, "e01_02"), e.v(departure, "e01_03"))/>
  </#if>
  <#if discharge?has_content>
  <@p.location "PortOfDischarge" discharge.LOC/>
  <#assign arrival = e.first(discharge.DTM, "e01_01", "132")>
  <@p.el "PlannedArrivalDateTime" d.dateTime(e.v(arrival, "e01_02"), e.v(arrival, "e01_03"))/>
  </#if>
  <#list m[equipmentGroup] as equipment><@p.equipment "ConfirmedEquipment" equipment/></#list>
</BookingConfirmation>
