<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 214 (004010, 005010) -> Entrepot transport events 1. See ../README.md for the field table.
  One Event per D_LX loop; a 214 reports what happened, so every event is ACT. A 214 has no
  document date: the group's GS04/GS05 stands in.
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

<#assign b10 = m.B10>
<?xml version="1.0" encoding="UTF-8"?>
<TransportEvents xmlns="urn:entrepot:transport:event:1" xmlns:c="urn:entrepot:shipping:common:1">
  <DocumentReference>${e.v(b10, "e01")}</DocumentReference>
  <IssueDateTime>${date8(e.v(gs, "e04"))}T${time4(e.v(gs, "e05"))}</IssueDateTime>
  <@partyId "Sender" e.v(isa, "e06")?trim shipping.x12Schemes[e.v(isa, "e05")]!""/>
  <@partyId "Receiver" e.v(isa, "e08")?trim shipping.x12Schemes[e.v(isa, "e07")]!""/>
  <@el "CarrierCode" e.v(b10, "e03")/>
  <#list m.D_LX as lx>
  <#assign status = (lx.D_AT7[0])!{}>
  <#if !status?has_content><#stop "LX " + e.v(lx.LX, "e01") + " reports no status (AT7)"></#if>
  <#assign at7 = status.AT7>
  <#assign code = codes.x12Statuses[e.v(at7, "e01")]!"">
  <#if !code?has_content><#stop "AT701 '" + e.v(at7, "e01") + "' has no DCSA event type in mappings/transport/common/transport-codes.ftl"></#if>
  <#assign offset = codes.x12TimeCodes[e.v(at7, "e07")]!"">
  <#if !offset?has_content><#stop "AT707 '" + e.v(at7, "e07") + "' is not a time code the gateway can turn into a UTC offset"></#if>
  <#assign id = e.v(e.first(lx.L11, "e02", "TN"), "e01")>
  <#assign locode = e.v(e.first(lx.L11, "e02", "ZZ"), "e01")>
  <Event>
    <EventID>${id?has_content?then(id, e.v(b10, "e01") + "-" + e.v(lx.LX, "e01"))}</EventID>
    <EventType>${codes.events[code][1]}</EventType>
    <EventClassifier>ACT</EventClassifier>
    <EventTypeCode>${code}</EventTypeCode>
    <EventDateTime>${date8(e.v(at7, "e05"))}T${time4(e.v(at7, "e06"))}${offset}</EventDateTime>
    <#if locode?has_content || e.v(status.MS1, "e01")?has_content>
    <Location>
      <@el "c:UNLocationCode" locode/>
      <@el "c:Name" e.v(status.MS1, "e01")/>
    </Location>
    </#if>
    <#if status.MS2?has_content>
    <Equipment><EquipmentReference>${e.v(status.MS2, "e01")}${e.v(status.MS2, "e02")}</EquipmentReference></Equipment>
    </#if>
    <#list lx.L11 as l11>
      <#if codes.documentTypes[e.v(l11, "e02")]??>
    <DocumentReference><Type>${codes.documentTypes[e.v(l11, "e02")]}</Type><Value>${e.v(l11, "e01")}</Value></DocumentReference>
      </#if>
    </#list>
  </Event>
  </#list>
</TransportEvents>
