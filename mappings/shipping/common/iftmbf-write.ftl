<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:booking:1", "c": "urn:entrepot:shipping:common:1"}>
<#--
  Entrepot booking request 1 -> EDIFACT IFTMBF, for the directory the including template names
  in "directory" (D96A or D01B). See ../README.md for the field table.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/edifact-write.ftl" as w>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#import "/shipping/common/edifact-dates.ftl" as d>
<#import "/shipping/common/edifact-write-parts.ftl" as parts>
<#assign br = BookingRequest>
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#assign segments = []>
<#macro seg text><#assign segments = segments + [text]></#macro>
<#macro segs list><#assign segments = segments + list></#macro>

<#function qualifier scheme>
  <#local code = codes.fromXml(codes.edifactSchemes, scheme)>
  <#return code?has_content?then(code, "ZZZ")>
</#function>

<#assign sender = br["D:Sender"]>
<#assign receiver = br["D:Receiver"]>
<@seg "UNH+1+IFTMBF:D:" + directory[1..] + ":UN"/>
<@seg "BGM+335+" + esc(u.t(br["D:CarrierBookingRequestReference"])) + "+" + codes.fromXml(codes.edifactFunctions, u.t(br["D:DocumentStatus"]))/>
<@seg "DTM+137:" + d.f203(u.t(br["D:IssueDateTime"])) + ":203"/>
<#if u.t(br["D:ExpectedDepartureDate"])?has_content><@seg "DTM+133:" + d.f102(u.t(br["D:ExpectedDepartureDate"])) + ":102"/></#if>
<#list br["D:Remark"] as remark><@seg "FTX+AAI+++" + w.chunks(remark?trim, 70, 5)?map(piece -> esc(piece))?join(":")/></#list>
<@segs parts.loc("88", br["D:PlaceOfReceipt"], esc)/>
<@segs parts.loc("9", br["D:PortOfLoading"], esc)/>
<@segs parts.loc("11", br["D:PortOfDischarge"], esc)/>
<@segs parts.loc("7", br["D:PlaceOfDelivery"], esc)/>
<#if br["D:Transport"]?has_content || u.t(br["D:CarrierCode"])?has_content><@seg parts.tdt(br["D:Transport"], u.t(br["D:CarrierCode"]), esc)/></#if>
<@segs parts.nad("CZ", br["D:Shipper"], esc)/>
<@segs parts.nad("CN", br["D:Consignee"], esc)/>
<@segs parts.nad("CA", br["D:Carrier"], esc)/>
<#list br["D:Commodity"] as commodity>
  <#assign count = u.t(commodity["D:PackageCount"])>
  <@seg "GID+" + u.t(commodity["D:ItemNumber"]) + (count?has_content || u.t(commodity["D:PackageCode"])?has_content)?then("+" + count + ":" + esc(u.t(commodity["D:PackageCode"])) + "::6", "")/>
  <#list commodity["D:HSCode"] as hs><@seg "PIA+5+" + hs?trim + ":HS"/></#list>
  <@seg "FTX+AAA+++" + w.chunks(u.t(commodity["D:CommodityDescription"]), 70, 5)?map(piece -> esc(piece))?join(":")/>
  <@seg "MEA+WT+G+" + u.a(commodity["D:CargoGrossWeight"], "unit") + ":" + u.t(commodity["D:CargoGrossWeight"])/>
</#list>
<#list br["D:RequestedEquipment"] as equipment><@segs parts.eqd(equipment, "D:")/></#list>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(u.t(sender))}:${qualifier(u.a(sender, "schemeID"))}+${esc(u.t(receiver))}:${qualifier(u.a(receiver, "schemeID"))}+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++IFTMBF'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(u.t(sender))}:${qualifier(u.a(sender, "schemeID"))}+${esc(u.t(receiver))}:${qualifier(u.a(receiver, "schemeID"))}+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++IFTMBF'
</#if>
<#list segments as segment>${segment?replace("(?<![?])[+:]+$", "", "r")}'
</#list>
UNT+${segments?size + 1}+1'
UNZ+1+${entrepot.controlReference}'
