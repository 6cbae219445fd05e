<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:instruction:1", "c": "urn:entrepot:shipping:common:1"}>
<#--
  Entrepot shipping instruction 1 -> EDIFACT IFTMIN, for the directory the including template
  names in "directory" (D96A or D01B: the segments written here are the same in both).
  See ../README.md for the field table. Latin-1 text goes out as UNOC syntax 3; anything else as
  UNOW (UTF-8) syntax 4. Every value passes through esc() (release characters).
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/edifact-write.ftl" as w>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#import "/shipping/common/edifact-dates.ftl" as d>
<#assign si = ShippingInstruction>
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>'
</#macro>

<#function qualifier scheme>
  <#local code = codes.fromXml(codes.edifactSchemes, scheme)>
  <#return code?has_content?then(code, "ZZZ")>
</#function>

<#macro nad code party>
  <#if party?has_content>
  <#local id = u.t(party["c:Identifier"])>
  <#local address = party["c:Address"]>
  <#local streets = address["c:Street"]>
  <@seg>NAD+${code}+<#if id?has_content>${esc(id)}::${codes.fromXml(codes.edifactAgencies, u.a(party["c:Identifier"], "schemeID"))}</#if>++<#list w.chunks(u.t(party["c:Name"]), 35, 2) as piece>${esc(piece)}<#sep>:</#list>+<#list streets as street>${esc(street?trim)}<#sep>:</#list>+${esc(u.t(address["c:City"]))}+${esc(u.t(address["c:CountrySubdivision"]))}+${esc(u.t(address["c:PostalCode"]))}+${esc(u.t(address["c:CountryCode"]))}</@seg>
  <#local contact = party["c:Contact"]>
  <#if contact?has_content>
  <@seg>CTA+IC+:${esc(u.t(contact["c:Name"]))}</@seg>
  <#if u.t(contact["c:Phone"])?has_content><@seg>COM+${esc(u.t(contact["c:Phone"]))}:TE</@seg></#if>
  <#if u.t(contact["c:Email"])?has_content><@seg>COM+${esc(u.t(contact["c:Email"]))}:EM</@seg></#if>
  </#if>
  </#if>
</#macro>

<#macro loc code location>
  <#if location?has_content><@seg>LOC+${code}+${esc(u.t(location["c:UNLocationCode"]))}:139:6<#if u.t(location["c:Name"])?has_content>:${esc(u.t(location["c:Name"]))}</#if></@seg></#if>
</#macro>

<#macro mea application dimension measure>
  <#if measure?has_content><@seg>MEA+${application}+${dimension}+${u.a(measure, "unit")}:${u.t(measure)}</@seg></#if>
</#macro>

<#assign sender = si["D:Sender"]>
<#assign receiver = si["D:Receiver"]>
<#assign transport = si["D:Transport"]>
<#assign body>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(u.t(sender))}:${qualifier(u.a(sender, "schemeID"))}+${esc(u.t(receiver))}:${qualifier(u.a(receiver, "schemeID"))}+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++IFTMIN'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(u.t(sender))}:${qualifier(u.a(sender, "schemeID"))}+${esc(u.t(receiver))}:${qualifier(u.a(receiver, "schemeID"))}+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++IFTMIN'
</#if>
<@seg>UNH+1+IFTMIN:D:${directory[1..]}:UN</@seg>
<@seg>BGM+340+${esc(u.t(si["D:ShippingInstructionReference"]))}+${codes.fromXml(codes.edifactFunctions, u.t(si["D:DocumentStatus"]))}</@seg>
<@seg>DTM+137:${d.f203(u.t(si["D:IssueDateTime"]))}:203</@seg>
<#if u.t(si["D:RequestedShipmentDate"])?has_content><@seg>DTM+200:${d.f102(u.t(si["D:RequestedShipmentDate"]))}:102</@seg></#if>
<#if u.t(si["D:RequestedDeliveryDate"])?has_content><@seg>DTM+2:${d.f102(u.t(si["D:RequestedDeliveryDate"]))}:102</@seg></#if>
<#list si["D:Remark"] as remark><@seg>FTX+AAI+++<#list w.chunks(remark?trim, 70, 5) as piece>${esc(piece)}<#sep>:</#list></@seg></#list>
<#if u.t(si["D:TransportDocumentType"])?has_content><@seg>DOC+${codes.fromXml(codes.documentTypes, u.t(si["D:TransportDocumentType"]))}+++${u.t(si["D:NumberOfCopies"])}+${u.t(si["D:NumberOfOriginals"])}</@seg></#if>
<@loc "88" si["D:PlaceOfReceipt"]/>
<@loc "9" si["D:PortOfLoading"]/>
<@loc "11" si["D:PortOfDischarge"]/>
<@loc "7" si["D:PlaceOfDelivery"]/>
<#if u.t(si["D:CarrierBookingReference"])?has_content><@seg>RFF+BN:${esc(u.t(si["D:CarrierBookingReference"]))}</@seg></#if>
<#if u.t(si["D:FreightPaymentTerm"])?has_content><@seg>CPI+4++${codes.fromXml(codes.edifactPayments, u.t(si["D:FreightPaymentTerm"]))}</@seg></#if>
<#if transport?has_content || u.t(si["D:CarrierCode"])?has_content>
<@seg>TDT+20+${esc(u.t(transport["c:VoyageNumber"]))}+1++<#if u.t(si["D:CarrierCode"])?has_content>${esc(u.t(si["D:CarrierCode"]))}:172:182</#if>+++<#if transport["c:VesselIMONumber"]?has_content || transport["c:VesselName"]?has_content>${esc(u.t(transport["c:VesselIMONumber"]))}:146:11:${esc(u.t(transport["c:VesselName"]))}</#if></@seg>
</#if>
<@nad "CZ" si["D:Shipper"]/>
<@nad "CN" si["D:Consignee"]/>
<#list si["D:NotifyParty"] as notify><@nad "NI" notify/></#list>
<@nad "CA" si["D:Carrier"]/>
<#list si["D:ConsignmentItem"] as item>
<@seg>GID+${u.t(item["D:ItemNumber"])}+${u.t(item["D:PackageCount"])}:${esc(u.t(item["D:PackageCode"]))}::6<#if u.t(item["D:PackageDescription"])?has_content>:${esc(u.t(item["D:PackageDescription"]))}</#if></@seg>
<#list item["D:HSCode"] as hs><@seg>PIA+5+${hs?trim}:HS</@seg></#list>
<#list item["D:DescriptionOfGoods"] as description><@seg>FTX+AAA+++<#list w.chunks(description?trim, 70, 5) as piece>${esc(piece)}<#sep>:</#list></@seg></#list>
<@mea "WT" "G" item["D:GrossWeight"]/>
<@mea "WT" "AAL" item["D:NetWeight"]/>
<@mea "VOL" "AAW" item["D:Volume"]/>
<#if item["D:ShippingMarks"]?has_content><@seg>PCI+24+<#list item["D:ShippingMarks"] as mark>${esc(mark?trim)}<#sep>:</#list></@seg></#if>
<#if u.t(item["D:EquipmentReference"])?has_content><@seg>SGP+${esc(u.t(item["D:EquipmentReference"]))}+${u.t(item["D:PackageCount"])}</@seg></#if>
</#list>
<#list si["D:UtilizedTransportEquipment"] as equipment>
<@seg>EQD+CN+${esc(u.t(equipment["D:EquipmentReference"]))}<#if u.t(equipment["D:ISOEquipmentCode"])?has_content>+${esc(u.t(equipment["D:ISOEquipmentCode"]))}:102:5<#else>+</#if>+${codes.fromXml(codes.suppliers, u.t(equipment["D:IsShipperOwned"]))}</@seg>
<@mea "WT" "T" equipment["D:TareWeight"]/>
<@mea "WT" "G" equipment["D:CargoGrossWeight"]/>
<#list equipment["D:Seal"] as seal><@seg>SEL+${esc(u.t(seal["D:Number"]))}<#if u.t(seal["D:Source"])?has_content>+${codes.fromXml(codes.sealSources, u.t(seal["D:Source"]))}</#if></@seg></#list>
</#list>
UNT+${count + 1}+1'
UNZ+1+${entrepot.controlReference}'
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, no empty trailing elements. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("(?<![?])[+:]+'$", "'", "r")}
</#if></#list>
