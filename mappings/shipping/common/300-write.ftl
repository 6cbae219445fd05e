<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:booking:1", "c": "urn:entrepot:shipping:common:1"}>
<#--
  Entrepot booking request 1 -> X12 300 Reservation (Booking Request) (Ocean), in the version the
  including template names in "version" (004010 or 005010). See ../README.md for the field table.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/x12-write.ftl" as w>
<#import "/shipping/common/shipping-codes.ftl" as codes>
<#assign br = BookingRequest>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>${"\n"}</#macro>
<#function isaQualifier scheme>
  <#local code = codes.fromXml(codes.x12Schemes, scheme)>
  <#return code?has_content?then(code, "ZZ")>
</#function>
<#function compact value><#return value?replace("-", "")?replace(":", "")></#function>

<#macro party code party>
  <#if party?has_content>
    <#local id = u.t(party["c:Identifier"])>
    <#local qualifier = codes.fromXml(codes.x12IdQualifiers, u.a(party["c:Identifier"], "schemeID"))>
  <@seg>N1*${code}*${w.v(u.t(party["c:Name"]), "N102", 60)}<#if id?has_content>*${qualifier?has_content?then(qualifier, "ZZ")}*${w.v(id, "N104", 80)}</#if></@seg>
    <#local address = party["c:Address"]>
    <#if address["c:Street"]?has_content><@seg>N3<#list address["c:Street"] as street>*${w.v(street?trim, "N301", 55)}</#list></@seg></#if>
    <#if address?has_content>
      <#local state = u.t(address["c:CountrySubdivision"])>
  <@seg>N4*${w.v(u.t(address["c:City"]), "N401", 30)}*<#if state?length == 2>${state}</#if>*${w.v(u.t(address["c:PostalCode"]), "N403", 15)}*${w.v(u.t(address["c:CountryCode"]), "N404", 3)}</@seg>
    </#if>
    <#local contact = party["c:Contact"]>
    <#if contact?has_content>
      <#local name = u.t(contact["c:Name"])?has_content?then(u.t(contact["c:Name"]), u.t(party["c:Name"]))>
      <#if u.t(contact["c:Phone"])?has_content><@seg>G61*IC*${w.v(name, "G6102", 60)}*TE*${w.v(u.t(contact["c:Phone"]), "G6104", 80)}</@seg></#if>
      <#if u.t(contact["c:Email"])?has_content><@seg>G61*IC*${w.v(name, "G6102", 60)}*EM*${w.v(u.t(contact["c:Email"]), "G6104", 80)}</@seg></#if>
    </#if>
  </#if>
</#macro>

<#macro port function location>
  <#if location?has_content><@seg>R4*${function}*<#if u.t(location["c:UNLocationCode"])?has_content>UN*${u.t(location["c:UNLocationCode"])}</#if>*${w.v(u.t(location["c:Name"]), "R404", 24)}</@seg></#if>
</#macro>

<#assign sender = br["D:Sender"]>
<#assign receiver = br["D:Receiver"]>
<#assign control = w.controlNumber(entrepot.controlReference)>
<#assign vessel = br["D:Transport"]>
<#assign body>
ISA*00*          *00*          *${isaQualifier(u.a(sender, "schemeID"))}*${w.fixed(u.t(sender), "ISA06", 15)}*${isaQualifier(u.a(receiver, "schemeID"))}*${w.fixed(u.t(receiver), "ISA08", 15)}*${entrepot.shortDate}*${entrepot.time}*${(version == "005010")?then("^*00501", "U*00401")}*${control}*0*P*>
GS*IO*${w.v(u.t(sender), "GS02", 15)}*${w.v(u.t(receiver), "GS03", 15)}*${entrepot.date}*${entrepot.time}*${control?number?c}*X*${version}
<@seg>ST*300*0001</@seg>
<@seg>B1*${w.v(u.t(br["D:CarrierCode"]), "B101", 4)}*${w.v(u.t(br["D:CarrierBookingRequestReference"]), "B102", 30)}*${compact(u.t(br["D:IssueDateTime"])[0..9])}*${codes.fromXml(codes.x12Reservations, u.t(br["D:DocumentStatus"]))}</@seg>
<#list br["D:RequestedEquipment"] as equipment><@seg>Y4*****${w.v(u.t(equipment["D:Units"]), "Y405", 4)}*${u.t(equipment["D:ISOEquipmentCode"])}</@seg></#list>
<#list br["D:Remark"] as remark><#list w.chunks(remark?string, 30, 100) as piece><@seg>K1*${w.v(piece, "K101", 30)}</@seg></#list></#list>
<@party "SH" br["D:Shipper"]/>
<@party "CN" br["D:Consignee"]/>
<@party "CA" br["D:Carrier"]/>
<@port "R" br["D:PlaceOfReceipt"]/>
<@port "L" br["D:PortOfLoading"]/>
<#if u.t(br["D:ExpectedDepartureDate"])?has_content><@seg>DTM*139*${compact(u.t(br["D:ExpectedDepartureDate"]))}</@seg></#if>
<@port "D" br["D:PortOfDischarge"]/>
<@port "E" br["D:PlaceOfDelivery"]/>
<#list br["D:Commodity"] as commodity>
  <#assign number = u.t(commodity["D:ItemNumber"])>
  <#assign weight = commodity["D:CargoGrossWeight"]>
  <#assign packaging = codes.fromXml(codes.x12Packages, u.t(commodity["D:PackageCode"]))>
<@seg>LX*${number}</@seg>
<@seg>L0*${number}***${w.v(u.t(weight), "L004", 10)}*G***${u.t(commodity["D:PackageCount"])}*${packaging?has_content?then(packaging, u.t(commodity["D:PackageCode"]))}**${codes.fromXml(codes.x12Weights, u.a(weight, "unit"))}</@seg>
  <#assign pieces = w.chunks(u.t(commodity["D:CommodityDescription"]), 50, 10)>
  <#assign hsCodes = commodity["D:HSCode"]>
  <#list 0..<[pieces?size, hsCodes?size]?max as i>
<@seg>L5*${number}*<#if i < pieces?size>${w.v(pieces[i], "L502", 50)}</#if><#if i < hsCodes?size>*${hsCodes[i]?trim}*H</#if></@seg>
  </#list>
</#list>
<#if vessel?has_content><@seg>V1*${w.v(u.t(vessel["c:VesselIMONumber"]), "V101", 8)}*${w.v(u.t(vessel["c:VesselName"]), "V102", 28)}**${w.v(u.t(vessel["c:VoyageNumber"]), "V104", 10)}*${u.t(br["D:CarrierCode"])}***<#if u.t(vessel["c:VesselIMONumber"])?has_content>L</#if></@seg></#if>
SE*${count + 1}*0001
GE*1*${control?number?c}
IEA*1*${control}
</#assign>
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("\\*+$", "", "r")}~
</#if></#list>
