<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:instruction:1", "c": "urn:entrepot:shipping:common:1"}>
<#--
  Entrepot shipping instruction 1 -> X12 204 Motor Carrier Load Tender, in the version the
  including template names in "version" (004010 or 005010). See ../README.md for the field table.
  Every value passes through w.v(), which refuses X12 delimiters and over-long values.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/x12-write.ftl" as w>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#assign si = ShippingInstruction>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>${"\n"}</#macro>

<#function isaQualifier scheme>
  <#local code = codes.fromXml(codes.x12Schemes, scheme)>
  <#return code?has_content?then(code, "ZZ")>
</#function>

<#-- N103/N104 for a party identifier: GLN UL, DUNS 1, anything else mutually defined (ZZ). -->
<#function partyId party>
  <#local id = u.t(party["c:Identifier"])>
  <#if !id?has_content><#return ""></#if>
  <#local code = codes.fromXml(codes.x12IdQualifiers, u.a(party["c:Identifier"], "schemeID"))>
  <#return "*" + code?has_content?then(code, "ZZ") + "*" + w.v(id, "N104", 80)>
</#function>

<#macro party code party>
  <#if party?has_content>
  <@seg>N1*${code}*${w.v(u.t(party["c:Name"]), "N102", 60)}${partyId(party)}</@seg>
  <#local address = party["c:Address"]>
  <#if address["c:Street"]?has_content><@seg>N3<#list address["c:Street"] as street>*${w.v(street?trim, "N301", 55)}</#list></@seg></#if>
  <#if address?has_content>
    <#local state = u.t(address["c:CountrySubdivision"])>
  <@seg>N4*${w.v(u.t(address["c:City"]), "N401", 30)}*<#if state?length == 2>${w.v(state, "N402", 2)}</#if>*${w.v(u.t(address["c:PostalCode"]), "N403", 15)}*${w.v(u.t(address["c:CountryCode"]), "N404", 3)}</@seg>
  </#if>
  <#local contact = party["c:Contact"]>
  <#if contact?has_content>
    <#local name = u.t(contact["c:Name"])?has_content?then(u.t(contact["c:Name"]), u.t(party["c:Name"]))>
    <#if u.t(contact["c:Phone"])?has_content><@seg>G61*IC*${w.v(name, "G6102", 60)}*TE*${w.v(u.t(contact["c:Phone"]), "G6104", 80)}</@seg></#if>
    <#if u.t(contact["c:Email"])?has_content><@seg>G61*IC*${w.v(name, "G6102", 60)}*EM*${w.v(u.t(contact["c:Email"]), "G6104", 80)}</@seg></#if>
  </#if>
  </#if>
</#macro>

<#-- One stop per routing location: S502 says which (CL receipt, LD loading, UL discharge, CU delivery). -->
<#assign stops = []>
<#list [["CL", "SF", "D:PlaceOfReceipt"], ["LD", "OT", "D:PortOfLoading"], ["UL", "DT", "D:PortOfDischarge"], ["CU", "ST", "D:PlaceOfDelivery"]] as role>
  <#if si[role[2]]?has_content><#assign stops = stops + [role]></#if>
</#list>
<#if !stops?has_content><#assign stops = [["CL", "", ""]]></#if>

<#macro weightUnit measure><#if measure?has_content>${codes.fromXml(codes.x12Weights, u.a(measure, "unit"))}</#if></#macro>

<#macro items>
  <#list si["D:ConsignmentItem"] as item>
    <#local number = u.t(item["D:ItemNumber"])>
    <#local descriptions = item["D:DescriptionOfGoods"]>
    <#local hsCodes = item["D:HSCode"]>
    <#local lines = [descriptions?size, hsCodes?size, 1]?max>
    <#list 0..<lines as i>
  <@seg>L5*${w.v(number, "L501", 3)}*<#if i < descriptions?size>${w.v(descriptions[i]?trim, "L502", 50)}</#if>*<#if i < hsCodes?size>${w.v(hsCodes[i]?trim, "L503", 30)}*H</#if><#if i == 0>*${codes.fromXml(codes.x12Packages, u.t(item["D:PackageCode"]))?has_content?then(codes.fromXml(codes.x12Packages, u.t(item["D:PackageCode"])), w.v(u.t(item["D:PackageCode"]), "L505", 5))}</#if></@seg>
      <#if i == 0>
        <#local gross = item["D:GrossWeight"]>
        <#local volume = item["D:Volume"]>
  <@seg>AT8*G*<@weightUnit gross/>*${w.v(u.t(gross), "AT803", 10)}*${w.v(u.t(item["D:PackageCount"]), "AT804", 7)}*<#if volume?has_content>*${codes.fromXml(codes.x12Volumes, u.a(volume, "unit"))}*${w.v(u.t(volume), "AT807", 8)}</#if></@seg>
      </#if>
    </#list>
  </#list>
</#macro>

<#assign sender = si["D:Sender"]>
<#assign receiver = si["D:Receiver"]>
<#assign control = w.controlNumber(entrepot.controlReference)>
<#assign body>
ISA*00*          *00*          *${isaQualifier(u.a(sender, "schemeID"))}*${w.fixed(u.t(sender), "ISA06", 15)}*${isaQualifier(u.a(receiver, "schemeID"))}*${w.fixed(u.t(receiver), "ISA08", 15)}*${entrepot.shortDate}*${entrepot.time}*${(version == "005010")?then("^*00501", "U*00401")}*${control}*0*P*>
GS*SM*${w.v(u.t(sender), "GS02", 15)}*${w.v(u.t(receiver), "GS03", 15)}*${entrepot.date}*${entrepot.time}*${control?number?c}*X*${version}
<@seg>ST*204*0001</@seg>
<#assign payment = codes.fromXml(codes.x12Payments, u.t(si["D:FreightPaymentTerm"]))>
<@seg>B2**${w.v(u.t(si["D:CarrierCode"]), "B202", 4)}**${w.v(u.t(si["D:ShippingInstructionReference"]), "B204", 30)}**${payment?has_content?then(payment, "DE")}</@seg>
<@seg>B2A*${codes.fromXml(codes.x12Purposes, u.t(si["D:DocumentStatus"]))}*LT</@seg>
<#if u.t(si["D:CarrierBookingReference"])?has_content><@seg>L11*${w.v(u.t(si["D:CarrierBookingReference"]), "L1101", 30)}*BN</@seg></#if>
<#list si["D:Remark"] as remark>
  <#list w.chunks(remark?string, 80, 100) as piece><@seg>NTE*${piece?is_first?then("GEN", "ADD")}*${w.v(piece, "NTE02", 80)}</@seg></#list>
</#list>
<@party "SH" si["D:Shipper"]/>
<@party "CN" si["D:Consignee"]/>
<#list si["D:NotifyParty"] as notify><@party "N1" notify/></#list>
<@party "CA" si["D:Carrier"]/>
<#list si["D:UtilizedTransportEquipment"] as equipment>
  <#assign reference = u.t(equipment["D:EquipmentReference"])>
  <#assign tare = equipment["D:TareWeight"]>
  <#assign gross = equipment["D:CargoGrossWeight"]>
  <#assign unit = gross?has_content?then(u.a(gross, "unit"), tare?has_content?then(u.a(tare, "unit"), ""))>
  <#if u.t(tare)?has_content && !u.t(tare)?matches("[0-9]+")><#stop "N705 carries a tare weight in whole units; " + u.t(tare) + " is not one"></#if>
<@seg>N7*${reference[0..3]}*${reference[4..]}*${w.v(u.t(gross), "N703", 10)}*<#if gross?has_content>G</#if>*${u.t(tare)}*****${(u.t(equipment["D:IsShipperOwned"]) == "true")?then("C", "")}*CN******${codes.fromXml(codes.x12Weights, unit)}*****${w.v(u.t(equipment["D:ISOEquipmentCode"]), "N722", 4)}</@seg>
  <#list equipment["D:Seal"] as seal><@seg>M7*${w.v(u.t(seal["D:Number"]), "M701", 15)}****${codes.fromXml(codes.sealSources, u.t(seal["D:Source"]))}</@seg></#list>
</#list>
<#list stops as stop>
<@seg>S5*${stop?counter}*${stop[0]}</@seg>
  <#if stop?is_first && u.t(si["D:RequestedShipmentDate"])?has_content><@seg>G62*10*${u.ccyymmdd(u.t(si["D:RequestedShipmentDate"]))}</@seg></#if>
  <#if stop?is_last && u.t(si["D:RequestedDeliveryDate"])?has_content><@seg>G62*68*${u.ccyymmdd(u.t(si["D:RequestedDeliveryDate"]))}</@seg></#if>
  <#if stop[2]?has_content>
    <#assign location = si[stop[2]]>
    <#assign code = u.t(location["c:UNLocationCode"])>
    <#assign name = u.t(location["c:Name"])?has_content?then(u.t(location["c:Name"]), code)>
<@seg>N1*${stop[1]}*${w.v(name, "N102", 60)}</@seg>
    <#if code?has_content><@seg>N4****${code[0..1]}*UN*${code}</@seg></#if>
  </#if>
  <#if stop?is_first><@items/></#if>
</#list>
SE*${count + 1}*0001
GE*1*${control?number?c}
IEA*1*${control}
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, no empty trailing elements. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("\\*+$", "", "r")}~
</#if></#list>
