<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:booking:1", "c": "urn:entrepot:shipping:common:1"}>
<#--
  Entrepot booking confirmation 1 -> EDIFACT IFTMBC, for the directory the including template
  names in "directory" (D96A or D01B). See ../README.md for the field table.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/edifact-write.ftl" as w>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#import "/shipping/common/edifact-dates.ftl" as d>
<#import "/shipping/common/edifact-write-parts.ftl" as parts>
<#assign bc = BookingConfirmation>
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#assign segments = []>
<#macro seg text><#assign segments = segments + [text]></#macro>
<#macro segs list><#assign segments = segments + list></#macro>

<#function qualifier scheme>
  <#local code = codes.fromXml(codes.edifactSchemes, scheme)>
  <#return code?has_content?then(code, "ZZZ")>
</#function>

<#assign sender = bc["D:Sender"]>
<#assign receiver = bc["D:Receiver"]>
<@seg "UNH+1+IFTMBC:D:" + directory[1..] + ":UN"/>
<@seg "BGM+770+" + esc(u.t(bc["D:CarrierBookingReference"])) + "+9+" + codes.fromXml(codes.bookingStatuses, u.t(bc["D:BookingStatus"]))/>
<@seg "DTM+137:" + d.f203(u.t(bc["D:IssueDateTime"])) + ":203"/>
<#list bc["D:Remark"] as remark><@seg "FTX+AAI+++" + w.chunks(remark?trim, 70, 5)?map(piece -> esc(piece))?join(":")/></#list>
<@seg "RFF+FF:" + esc(u.t(bc["D:CarrierBookingRequestReference"]))/>
<#if bc["D:Transport"]?has_content || u.t(bc["D:CarrierCode"])?has_content><@seg parts.tdt(bc["D:Transport"], u.t(bc["D:CarrierCode"]), esc)/></#if>
<@segs parts.loc("9", bc["D:PortOfLoading"], esc)/>
<#if u.t(bc["D:PlannedDepartureDateTime"])?has_content><@seg "DTM+133:" + d.f203(u.t(bc["D:PlannedDepartureDateTime"])) + ":203"/></#if>
<@segs parts.loc("11", bc["D:PortOfDischarge"], esc)/>
<#if u.t(bc["D:PlannedArrivalDateTime"])?has_content><@seg "DTM+132:" + d.f203(u.t(bc["D:PlannedArrivalDateTime"])) + ":203"/></#if>
<#list bc["D:ConfirmedEquipment"] as equipment><@segs parts.eqd(equipment, "D:")/></#list>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(u.t(sender))}:${qualifier(u.a(sender, "schemeID"))}+${esc(u.t(receiver))}:${qualifier(u.a(receiver, "schemeID"))}+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++IFTMBC'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(u.t(sender))}:${qualifier(u.a(sender, "schemeID"))}+${esc(u.t(receiver))}:${qualifier(u.a(receiver, "schemeID"))}+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++IFTMBC'
</#if>
<#list segments as segment>${segment?replace("(?<![?])[+:]+$", "", "r")}'
</#list>
UNT+${segments?size + 1}+1'
UNZ+1+${entrepot.controlReference}'
