<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT IFTSTA (D.96A, D.01B) -> Entrepot transport events 1. See ../README.md for the field table.
  One Event per status (SG5 STS). The directories number the transport and equipment groups
  differently: TDT is SG6 in D.96A and SG8 in D.01B, EQD SG7 and SG10.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/shipping/common/shipping-codes.ftl" as shipping>
<#import "/shipping/common/edifact-dates.ftl" as d>
<#import "/transport/common/transport-codes.ftl" as codes>
<#assign m = interchange.message>
<#assign unb = interchange.UNB>
<#assign d01b = e.v(m.UNH, "e02_03") == "01B">
<#assign transportGroup = d01b?then("SG8", "SG6")>
<#assign equipmentGroup = d01b?then("SG10", "SG7")>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro partyId name id scheme><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${id}</${name}></#macro>

<#assign bgm = m.BGM>
<#assign reference = e.v(bgm, "e02_01")?has_content?then(e.v(bgm, "e02_01"), e.v(bgm, "e02"))>
<#assign issued = e.first(m.DTM, "e01_01", "137")>
<#assign carrier = e.group(m.SG1, "NAD", "e01", "CA")>
<?xml version="1.0" encoding="UTF-8"?>
<TransportEvents xmlns="urn:entrepot:transport:event:1" xmlns:c="urn:entrepot:shipping:common:1">
  <DocumentReference>${reference}</DocumentReference>
  <IssueDateTime>${d.dateTime(e.v(issued, "e01_02"), e.v(issued, "e01_03"))}</IssueDateTime>
  <@partyId "Sender" e.v(unb, "e02_01") shipping.edifactSchemes[e.v(unb, "e02_02")]!""/>
  <@partyId "Receiver" e.v(unb, "e03_01") shipping.edifactSchemes[e.v(unb, "e03_02")]!""/>
  <#if carrier?has_content && e.v(carrier.NAD, "e02_03") == "182"><CarrierCode>${e.v(carrier.NAD, "e02_01")}</CarrierCode></#if>
  <#list m.SG4 as consignment>
  <#list consignment.SG5 as status>
  <#assign sts = status.STS>
  <#assign code = codes.dcsaCode(e.v(sts, "e02_01"))>
  <#assign when = e.first(status.DTM, "e01_01", "334")>
  <#assign id = e.v(e.first(status.RFF, "e01_01", "ZZZ"), "e01_02")>
  <Event>
    <EventID>${id?has_content?then(id, reference + "-" + consignment?counter + "-" + status?counter)}</EventID>
    <EventType>${codes.events[code][1]}</EventType>
    <EventClassifier>${e.v(sts, "e01_01")}</EventClassifier>
    <EventTypeCode>${code}</EventTypeCode>
    <EventDateTime>${d.dateTime(e.v(when, "e01_02"), e.v(when, "e01_03"))}</EventDateTime>
    <#if status.LOC?has_content>
    <Location>
      <@el "c:UNLocationCode" e.v(status.LOC, "e02_01")/>
      <@el "c:Name" e.v(status.LOC, "e02_04")/>
    </Location>
    </#if>
    <#assign eqd = (status[equipmentGroup][0].EQD)!{}>
    <#if eqd?has_content>
    <Equipment>
      <EquipmentReference>${e.v(eqd, "e02_01")}</EquipmentReference>
      <@el "ISOEquipmentCode" e.v(eqd, "e03_01")/>
      <@el "EmptyIndicator" codes.fullEmpty[e.v(eqd, "e06")]!""/>
    </Equipment>
    </#if>
    <#assign tdt = (status[transportGroup][0].TDT)!{}>
    <#if tdt?has_content>
    <TransportCall>
      <@el "c:VoyageNumber" e.v(tdt, "e02")/>
      <@el "c:VesselName" e.v(tdt, "e08_04")/>
      <@el "c:VesselIMONumber" e.v(tdt, "e08_01")/>
    </TransportCall>
    </#if>
    <#list status.RFF as rff>
      <#if codes.documentTypes[e.v(rff, "e01_01")]??>
    <DocumentReference><Type>${codes.documentTypes[e.v(rff, "e01_01")]}</Type><Value>${e.v(rff, "e01_02")}</Value></DocumentReference>
      </#if>
    </#list>
  </Event>
  </#list>
  </#list>
</TransportEvents>
