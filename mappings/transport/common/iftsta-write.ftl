<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:transport:event:1", "c": "urn:entrepot:shipping:common:1"}>
<#--
  Entrepot transport events 1 -> EDIFACT IFTSTA, for the directory the including template names in
  "directory" (D96A or D01B). See ../README.md for the field table. One CNI per run of events with
  the same first document reference (an event without one stays in the current CNI); one STS group
  per event. Latin-1 text goes out as UNOC syntax 3, anything else as UNOW (UTF-8) syntax 4.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/edifact-write.ftl" as w>
<#import "/shipping/common/shipping-codes.ftl" as shipping>
<#import "/shipping/common/edifact-dates.ftl" as d>
<#import "/transport/common/transport-codes.ftl" as codes>
<#assign doc = TransportEvents>
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>'
</#macro>

<#function qualifier scheme>
  <#local code = shipping.fromXml(shipping.edifactSchemes, scheme)>
  <#return code?has_content?then(code, "ZZZ")>
</#function>

<#-- DTM in format 303 when the value states its offset, else 203. -->
<#function dtm qualifier value>
  <#if value?matches(".*(Z|[+-][0-9]{2}:[0-9]{2})$")><#return "DTM+" + qualifier + ":" + esc(d.f303(value)) + ":303"></#if>
  <#return "DTM+" + qualifier + ":" + d.f203(value) + ":203">
</#function>

<#assign sender = doc["D:Sender"]>
<#assign receiver = doc["D:Receiver"]>
<#assign body>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(u.t(sender))}:${qualifier(u.a(sender, "schemeID"))}+${esc(u.t(receiver))}:${qualifier(u.a(receiver, "schemeID"))}+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++IFTSTA'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(u.t(sender))}:${qualifier(u.a(sender, "schemeID"))}+${esc(u.t(receiver))}:${qualifier(u.a(receiver, "schemeID"))}+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++IFTSTA'
</#if>
<@seg>UNH+1+IFTSTA:D:${directory[1..]}:UN</@seg>
<@seg>BGM+23+${esc(u.t(doc["D:DocumentReference"]))}+9</@seg>
<@seg>${dtm("137", u.t(doc["D:IssueDateTime"]))}</@seg>
<#if u.t(doc["D:CarrierCode"])?has_content><@seg>NAD+CA+${esc(u.t(doc["D:CarrierCode"]))}::182</@seg></#if>
<#assign consignment = "">
<#assign consignments = 0>
<#list doc["D:Event"] as event>
  <#assign references = event["D:DocumentReference"]>
  <#assign first = references?has_content?then(u.t(references[0]["D:Value"]), "")>
  <#if event?is_first || (first?has_content && first != consignment)>
    <#assign consignments = consignments + 1>
    <#assign consignment = first>
<@seg>CNI+${consignments}<#if first?has_content>+${esc(first)}</#if></@seg>
  </#if>
<@seg>STS+${u.t(event["D:EventClassifier"])}::ZZZ+${codes.edifactStatus(u.t(event["D:EventTypeCode"]))}::ZZZ</@seg>
<@seg>RFF+ZZZ:${esc(u.t(event["D:EventID"]))}</@seg>
  <#list references as reference><@seg>RFF+${codes.fromXml(codes.documentTypes, u.t(reference["D:Type"]))}:${esc(u.t(reference["D:Value"]))}</@seg></#list>
<@seg>${dtm("334", u.t(event["D:EventDateTime"]))}</@seg>
  <#assign location = event["D:Location"]>
  <#if location?has_content><@seg>LOC+175+${esc(u.t(location["c:UNLocationCode"]))}:139:6<#if u.t(location["c:Name"])?has_content>:${esc(u.t(location["c:Name"]))}</#if></@seg></#if>
  <#assign call = event["D:TransportCall"]>
  <#if call?has_content>
<@seg>TDT+20+${esc(u.t(call["c:VoyageNumber"]))}+1+++++<#if call["c:VesselIMONumber"]?has_content || call["c:VesselName"]?has_content>${esc(u.t(call["c:VesselIMONumber"]))}:146:11:${esc(u.t(call["c:VesselName"]))}</#if></@seg>
  </#if>
  <#assign equipment = event["D:Equipment"]>
  <#if equipment?has_content>
<@seg>EQD+CN+${esc(u.t(equipment["D:EquipmentReference"]))}+<#if u.t(equipment["D:ISOEquipmentCode"])?has_content>${esc(u.t(equipment["D:ISOEquipmentCode"]))}:102:5</#if>+++${codes.fromXml(codes.fullEmpty, u.t(equipment["D:EmptyIndicator"]))}</@seg>
  </#if>
</#list>
UNT+${count + 1}+1'
UNZ+1+${entrepot.controlReference}'
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, no empty trailing elements. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("(?<![?])[+:]+'$", "'", "r")}
</#if></#list>
