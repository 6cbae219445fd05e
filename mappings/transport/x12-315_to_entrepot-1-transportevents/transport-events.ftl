<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 315 (004010, 005010) -> Entrepot transport events 1. See ../README.md for the field table.
  A 315 reports one status of one container, so each transaction set becomes a report with one
  Event. The date, its classifier and its UTC offset come from the DTM of the activity location
  (R4 5); B404/B405 is the same moment in local time. A 315 has no document date: the group's
  GS04/GS05 stands in.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/shipping/common/shipping-codes.ftl" as shipping>
<#import "/transport/common/transport-codes.ftl" as codes>
<#assign m = interchange.message>
<#assign isa = interchange.ISA>
<#assign gs = interchange.GS>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro partyId name id scheme><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${id}</${name}></#macro>

<#function date8 value>
  <#return value[0..3] + "-" + value[4..5] + "-" + value[6..7]>
</#function>
<#function time4 value>
  <#return value[0..1] + ":" + value[2..3] + ":" + (value?length gte 6)?then(value[4..5], "00")>
</#function>
<#function reference qualifier>
  <#return e.v(e.first(m.N9, "e01", qualifier), "e02")>
</#function>

<#assign b4 = m.B4>
<#assign code = codes.x12OceanStatuses[e.v(b4, "e03")]!"">
<#if !code?has_content><#stop "B403 '" + e.v(b4, "e03") + "' has no DCSA event type in mappings/transport/common/transport-codes.ftl"></#if>
<#assign activity = e.group(m.H_R4, "R4", "e01", "5")>
<#assign dtm = {}>
<#list (activity.DTM)![] as candidate><#if codes.x12Classifiers[e.v(candidate, "e01")]??><#assign dtm = candidate><#break></#if></#list>
<#if !dtm?has_content><#stop "the 315 has no actual (140) or estimated (139) date at its activity location (R4 5)"></#if>
<#assign offset = codes.x12TimeCodes[e.v(dtm, "e04")]!"">
<#if !offset?has_content><#stop "DTM04 '" + e.v(dtm, "e04") + "' is not a time code the gateway can turn into a UTC offset"></#if>
<#assign documentReference = reference("ZZ")>
<#assign eventId = reference("TN")>
<#assign locode = (e.v(b4, "e12") == "UN")?then(e.v(b4, "e11"), "")>
<#assign q2 = m.Q2>
<?xml version="1.0" encoding="UTF-8"?>
<TransportEvents xmlns="urn:entrepot:transport:event:1" xmlns:c="urn:entrepot:shipping:common:1">
  <DocumentReference>${documentReference?has_content?then(documentReference, eventId)}</DocumentReference>
  <IssueDateTime>${date8(e.v(gs, "e04"))}T${time4(e.v(gs, "e05"))}</IssueDateTime>
  <@partyId "Sender" e.v(isa, "e06")?trim shipping.x12Schemes[e.v(isa, "e05")]!""/>
  <@partyId "Receiver" e.v(isa, "e08")?trim shipping.x12Schemes[e.v(isa, "e07")]!""/>
  <@el "CarrierCode" reference("SCA")/>
  <Event>
    <EventID>${eventId?has_content?then(eventId, documentReference)}</EventID>
    <EventType>${codes.events[code][1]}</EventType>
    <EventClassifier>${codes.x12Classifiers[e.v(dtm, "e01")]}</EventClassifier>
    <EventTypeCode>${code}</EventTypeCode>
    <EventDateTime>${date8(e.v(dtm, "e02"))}T${time4(e.v(dtm, "e03"))}${offset}</EventDateTime>
    <#if locode?has_content || e.v(b4, "e06")?has_content>
    <Location>
      <@el "c:UNLocationCode" locode/>
      <@el "c:Name" e.v(b4, "e06")/>
    </Location>
    </#if>
    <#if e.v(b4, "e08")?has_content>
    <Equipment>
      <EquipmentReference>${e.v(b4, "e07")}${e.v(b4, "e08")}</EquipmentReference>
      <@el "ISOEquipmentCode" e.v(b4, "e10")/>
      <@el "EmptyIndicator" codes.x12EmptyIndicators[e.v(b4, "e09")]!""/>
    </Equipment>
    </#if>
    <#if q2?has_content>
    <TransportCall>
      <@el "c:VoyageNumber" e.v(q2, "e09")/>
      <@el "c:VesselName" e.v(q2, "e13")/>
      <#if e.v(q2, "e12") == "L"><@el "c:VesselIMONumber" e.v(q2, "e01")/></#if>
    </TransportCall>
    </#if>
    <#list m.N9 as n9>
      <#if codes.documentTypes[e.v(n9, "e01")]??>
    <DocumentReference><Type>${codes.documentTypes[e.v(n9, "e01")]}</Type><Value>${e.v(n9, "e02")}</Value></DocumentReference>
      </#if>
    </#list>
  </Event>
</TransportEvents>
