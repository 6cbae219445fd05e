<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:booking:1", "c": "urn:entrepot:shipping:common:1"}>
<#--
  Entrepot booking confirmation 1 -> X12 301 Confirmation (Ocean), in the version the including
  template names in "version" (004010 or 005010). See ../README.md for the field table.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/x12-write.ftl" as w>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#assign bc = BookingConfirmation>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>${"\n"}</#macro>
<#function isaQualifier scheme>
  <#local code = codes.fromXml(codes.x12Schemes, scheme)>
  <#return code?has_content?then(code, "ZZ")>
</#function>
<#function compact value><#return value?replace("-", "")?replace(":", "")></#function>

<#macro port function location when>
  <#if location?has_content>
  <@seg>R4*${function}*<#if u.t(location["c:UNLocationCode"])?has_content>UN*${u.t(location["c:UNLocationCode"])}</#if>*${w.v(u.t(location["c:Name"]), "R404", 24)}</@seg>
    <#if when?has_content><@seg>DTM*139*${compact(when[0..9])}*${compact(when[11..15])}</@seg></#if>
  </#if>
</#macro>

<#assign sender = bc["D:Sender"]>
<#assign receiver = bc["D:Receiver"]>
<#assign booking = u.t(bc["D:CarrierBookingReference"])>
<#assign action = codes.fromXml(codes.x12BookingStatuses, u.t(bc["D:BookingStatus"]))>
<#if !action?has_content><#stop "B104 says accepted (A) or declined (D); a booking " + u.t(bc["D:BookingStatus"]) + " has no code"></#if>
<#assign control = w.controlNumber(entrepot.controlReference)>
<#assign vessel = bc["D:Transport"]>
<#assign body>
ISA*00*          *00*          *${isaQualifier(u.a(sender, "schemeID"))}*${w.fixed(u.t(sender), "ISA06", 15)}*${isaQualifier(u.a(receiver, "schemeID"))}*${w.fixed(u.t(receiver), "ISA08", 15)}*${entrepot.shortDate}*${entrepot.time}*${(version == "005010")?then("^*00501", "U*00401")}*${control}*0*P*>
GS*RO*${w.v(u.t(sender), "GS02", 15)}*${w.v(u.t(receiver), "GS03", 15)}*${entrepot.date}*${entrepot.time}*${control?number?c}*X*${version}
<@seg>ST*301*0001</@seg>
<@seg>B1*${w.v(u.t(bc["D:CarrierCode"]), "B101", 4)}*${w.v(booking, "B102", 30)}*${compact(u.t(bc["D:IssueDateTime"])[0..9])}*${action}</@seg>
<@seg>Y3*${w.v(booking, "Y301", 30)}*${u.t(bc["D:CarrierCode"])}</@seg>
<#list bc["D:ConfirmedEquipment"] as equipment><@seg>Y4*${booking}****${w.v(u.t(equipment["D:Units"]), "Y405", 4)}*${u.t(equipment["D:ISOEquipmentCode"])}</@seg></#list>
<@seg>N9*SI*${w.v(u.t(bc["D:CarrierBookingRequestReference"]), "N902", 30)}</@seg>
<#list bc["D:Remark"] as remark><#list w.chunks(remark?string, 30, 100) as piece><@seg>K1*${w.v(piece, "K101", 30)}</@seg></#list></#list>
<@port "L" bc["D:PortOfLoading"] u.t(bc["D:PlannedDepartureDateTime"])/>
<@port "D" bc["D:PortOfDischarge"] u.t(bc["D:PlannedArrivalDateTime"])/>
<#if vessel?has_content><@seg>V1*${w.v(u.t(vessel["c:VesselIMONumber"]), "V101", 8)}*${w.v(u.t(vessel["c:VesselName"]), "V102", 28)}**${w.v(u.t(vessel["c:VoyageNumber"]), "V104", 10)}*${u.t(bc["D:CarrierCode"])}***<#if u.t(vessel["c:VesselIMONumber"])?has_content>L</#if></@seg></#if>
SE*${count + 1}*0001
GE*1*${control?number?c}
IEA*1*${control}
</#assign>
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("\\*+$", "", "r")}~
</#if></#list>
