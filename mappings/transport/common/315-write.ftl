<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:transport:event:1", "c": "urn:entrepot:shipping:common:1"}>
<#--
  Entrepot transport events 1 -> X12 315, in the version the including template names in
  "version" (004010 or 005010). See ../README.md for the field table. A 315 carries one status of
  one container: each event becomes its own transaction set in one group. The moment goes into
  B404/B405 and the activity location's DTM in the event's own offset when X12 has a time code
  for it, else in UTC (DTM04 UT), so the instant is kept either way. A planned event or one
  without a 315 status code stops the translation.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/x12-write.ftl" as w>
<#import "/shipping/common/shipping-codes.ftl" as shipping>
<#import "/transport/common/transport-codes.ftl" as codes>
<#setting time_zone="UTC">
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
<#assign documentReference = u.t(doc["D:DocumentReference"])>
<#assign carrier = u.t(doc["D:CarrierCode"])>
<#assign body>
ISA*00*          *00*          *${isaQualifier(u.a(sender, "schemeID"))}*${w.fixed(u.t(sender), "ISA06", 15)}*${isaQualifier(u.a(receiver, "schemeID"))}*${w.fixed(u.t(receiver), "ISA08", 15)}*${entrepot.shortDate}*${entrepot.time}*${(version == "005010")?then("^*00501", "U*00401")}*${control}*0*P*>
GS*QO*${w.v(u.t(sender), "GS02", 15)}*${w.v(u.t(receiver), "GS03", 15)}*${entrepot.date}*${entrepot.time}*${control?number?c}*X*${version}
<#list events as event>
  <#assign count = 0>
  <#assign code = u.t(event["D:EventTypeCode"])>
  <#assign classifier = u.t(event["D:EventClassifier"])>
  <#assign qualifier = codes.fromXml(codes.x12Classifiers, classifier)>
  <#if !qualifier?has_content><#stop "an X12 315 reports actual or estimated statuses; event " + u.t(event["D:EventID"]) + " is " + classifier></#if>
  <#assign status = codes.fromXml(codes.x12OceanStatuses, code)>
  <#if !status?has_content><#stop "event " + u.t(event["D:EventID"]) + " (" + code + ") has no X12 315 status code (B403)"></#if>
  <#assign when = u.t(event["D:EventDateTime"])>
  <#assign offset = when?ends_with("Z")?then("Z", when[when?length - 6..])>
  <#assign timeCode = codes.fromXml(codes.x12TimeCodes, offset)>
  <#if timeCode?has_content>
    <#assign day = when[0..9]?replace("-", "")><#assign clock = when[11..15]?replace(":", "")>
  <#else>
    <#assign instant = when?datetime.iso><#assign timeCode = "UT">
    <#assign day = instant?string("yyyyMMdd")><#assign clock = instant?string("HHmm")>
  </#if>
  <#assign location = event["D:Location"]>
  <#assign locode = u.t(location["c:UNLocationCode"])>
  <#assign name = u.t(location["c:Name"])>
  <#assign equipment = u.t(event["D:Equipment/D:EquipmentReference"])>
  <#assign empty = codes.fromXml(codes.x12EmptyIndicators, u.t(event["D:Equipment/D:EmptyIndicator"]))>
  <#assign set = (event?counter)?string("0000")>
<@seg>ST*315*${set}</@seg>
<@seg>B4***${status}*${day}*${clock}*${w.v(name, "B406", 30)}*<#if equipment?has_content>${equipment[0..3]}*${equipment[4..]}<#else>*</#if>*${empty}*${u.t(event["D:Equipment/D:ISOEquipmentCode"])}*${locode}*<#if locode?has_content>UN</#if></@seg>
  <#if documentReference?has_content><@seg>N9*ZZ*${w.v(documentReference, "N902", 30)}</@seg></#if>
<@seg>N9*TN*${w.v(u.t(event["D:EventID"]), "N902", 30)}</@seg>
  <#if carrier?has_content><@seg>N9*SCA*${carrier}</@seg></#if>
  <#list event["D:DocumentReference"] as reference><@seg>N9*${codes.fromXml(codes.documentTypes, u.t(reference["D:Type"]))}*${w.v(u.t(reference["D:Value"]), "N902", 30)}</@seg></#list>
  <#assign call = event["D:TransportCall"]>
  <#if call?has_content>
    <#assign imo = u.t(call["c:VesselIMONumber"])>
<@seg>Q2*${imo}********${w.v(u.t(call["c:VoyageNumber"]), "Q209", 10)}***<#if imo?has_content>L</#if>*${w.v(u.t(call["c:VesselName"]), "Q213", 28)}</@seg>
  </#if>
<@seg>R4*5*<#if locode?has_content>UN*${locode}<#else>*</#if>*<#if name?has_content>${w.v(name[0..*24]?trim, "R404", 24)}</#if></@seg>
<@seg>DTM*${qualifier}*${day}*${clock}*${timeCode}</@seg>
SE*${count + 1}*${set}
</#list>
GE*${events?size}*${control?number?c}
IEA*1*${control}
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, no empty trailing elements. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("\\*+$", "", "r")}~
</#if></#list>
