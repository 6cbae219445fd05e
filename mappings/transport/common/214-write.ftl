<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:transport:event:1", "c": "urn:entrepot:shipping:common:1"}>
<#--
  Entrepot transport events 1 -> X12 214, in the version the including template names in
  "version" (004010 or 005010). See ../README.md for the field table. A 214 reports what happened:
  an estimated or planned event, or one without a 214 status code, stops the translation.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/x12-write.ftl" as w>
<#import "/shipping/common/shipping-codes.ftl" as shipping>
<#import "/transport/common/transport-codes.ftl" as codes>
<#assign doc = TransportEvents>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>${"\n"}</#macro>

<#function isaQualifier scheme>
  <#local code = shipping.fromXml(shipping.x12Schemes, scheme)>
  <#return code?has_content?then(code, "ZZ")>
</#function>

<#assign sender = doc["D:Sender"]>
<#assign receiver = doc["D:Receiver"]>
<#assign control = w.controlNumber(entrepot.controlReference)>
<#assign events = doc["D:Event"]>
<#assign shipment = (events[0]["D:DocumentReference"]?has_content)?then(u.t(events[0]["D:DocumentReference"][0]["D:Value"]), u.t(doc["D:DocumentReference"]))>
<#if !u.t(doc["D:CarrierCode"])?has_content><#stop "B1003 needs the carrier's SCAC; the transport events name no CarrierCode"></#if>
<#assign body>
ISA*00*          *00*          *${isaQualifier(u.a(sender, "schemeID"))}*${w.fixed(u.t(sender), "ISA06", 15)}*${isaQualifier(u.a(receiver, "schemeID"))}*${w.fixed(u.t(receiver), "ISA08", 15)}*${entrepot.shortDate}*${entrepot.time}*${(version == "005010")?then("^*00501", "U*00401")}*${control}*0*P*>
GS*QM*${w.v(u.t(sender), "GS02", 15)}*${w.v(u.t(receiver), "GS03", 15)}*${entrepot.date}*${entrepot.time}*${control?number?c}*X*${version}
<@seg>ST*214*0001</@seg>
<@seg>B10*${w.v(u.t(doc["D:DocumentReference"]), "B1001", 30)}*${w.v(shipment, "B1002", 30)}*${w.v(u.t(doc["D:CarrierCode"]), "B1003", 4)}</@seg>
<#list events as event>
  <#assign code = u.t(event["D:EventTypeCode"])>
  <#if u.t(event["D:EventClassifier"]) != "ACT">
    <#stop "an X12 214 reports what happened; event " + u.t(event["D:EventID"]) + " is " + u.t(event["D:EventClassifier"])>
  </#if>
  <#assign status = codes.fromXml(codes.x12Statuses, code)>
  <#if !status?has_content><#stop "event " + u.t(event["D:EventID"]) + " (" + code + ") has no X12 214 status code (AT701)"></#if>
  <#assign when = u.t(event["D:EventDateTime"])>
  <#assign offset = when?ends_with("Z")?then("Z", when[when?length - 6..])>
  <#assign timeCode = codes.fromXml(codes.x12TimeCodes, offset)>
  <#if !timeCode?has_content><#stop "AT707 has no time code for the UTC offset " + offset + " of event " + u.t(event["D:EventID"])></#if>
<@seg>LX*${event?counter}</@seg>
<@seg>AT7*${status}*NS***${when[0..9]?replace("-", "")}*${when[11..15]?replace(":", "")}*${timeCode}</@seg>
  <#assign location = event["D:Location"]>
  <#assign locode = u.t(location["c:UNLocationCode"])>
  <#if u.t(location["c:Name"])?has_content><@seg>MS1*${w.v(u.t(location["c:Name"]), "MS101", 30)}**<#if locode?has_content>${locode[0..1]}</#if></@seg></#if>
  <#assign equipment = u.t(event["D:Equipment/D:EquipmentReference"])>
  <#if equipment?has_content><@seg>MS2*${equipment[0..3]}*${equipment[4..]}*CN</@seg></#if>
<@seg>L11*${w.v(u.t(event["D:EventID"]), "L1101", 30)}*TN</@seg>
  <#if locode?has_content><@seg>L11*${locode}*ZZ</@seg></#if>
  <#list event["D:DocumentReference"] as reference><@seg>L11*${w.v(u.t(reference["D:Value"]), "L1101", 30)}*${codes.fromXml(codes.documentTypes, u.t(reference["D:Type"]))}</@seg></#list>
</#list>
SE*${count + 1}*0001
GE*1*${control?number?c}
IEA*1*${control}
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, no empty trailing elements. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("\\*+$", "", "r")}~
</#if></#list>
