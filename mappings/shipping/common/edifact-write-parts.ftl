<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:booking:1", "c": "urn:entrepot:shipping:common:1"}>
<#--
  Segments the booking writers share (NAD with its contact, LOC, TDT, EQD+EQN), as functions that
  return segment text; the caller counts and ends each segment. esc is the writer's release function.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/edifact-write.ftl" as w>
<#import "/shipping/common/shipping-codes.ftl" as codes>

<#-- NAD, then CTA and COM when the party has a contact: a list of segments. -->
<#function nad code party esc>
  <#if !party?has_content><#return []></#if>
  <#local id = u.t(party["c:Identifier"])>
  <#local address = party["c:Address"]>
  <#local segment = "NAD+" + code + "+" + id?has_content?then(esc(id) + "::" + codes.fromXml(codes.edifactAgencies, u.a(party["c:Identifier"], "schemeID")), "")
      + "++" + w.chunks(u.t(party["c:Name"]), 35, 2)?map(piece -> esc(piece))?join(":")
      + "+" + address["c:Street"]?map(street -> esc(street?trim))?join(":") + "+" + esc(u.t(address["c:City"]))
      + "+" + esc(u.t(address["c:CountrySubdivision"])) + "+" + esc(u.t(address["c:PostalCode"])) + "+" + esc(u.t(address["c:CountryCode"]))>
  <#local segments = [segment]>
  <#local contact = party["c:Contact"]>
  <#if contact?has_content>
    <#local segments = segments + ["CTA+IC+:" + esc(u.t(contact["c:Name"]))]>
    <#if u.t(contact["c:Phone"])?has_content><#local segments = segments + ["COM+" + esc(u.t(contact["c:Phone"])) + ":TE"]></#if>
    <#if u.t(contact["c:Email"])?has_content><#local segments = segments + ["COM+" + esc(u.t(contact["c:Email"])) + ":EM"]></#if>
  </#if>
  <#return segments>
</#function>

<#function loc code location esc>
  <#if !location?has_content><#return []></#if>
  <#return ["LOC+" + code + "+" + esc(u.t(location["c:UNLocationCode"])) + ":139:6" + u.t(location["c:Name"])?has_content?then(":" + esc(u.t(location["c:Name"])), "")]>
</#function>

<#function tdt vessel carrierCode esc>
  <#return "TDT+20+" + esc(u.t(vessel["c:VoyageNumber"])) + "+1++" + carrierCode?has_content?then(esc(carrierCode) + ":172:182", "") + "+++"
      + (vessel["c:VesselIMONumber"]?has_content || vessel["c:VesselName"]?has_content)?then(esc(u.t(vessel["c:VesselIMONumber"])) + ":146:11:" + esc(u.t(vessel["c:VesselName"])), "")>
</#function>

<#function eqd equipment prefix>
  <#return ["EQD+CN++" + u.t(equipment[prefix + "ISOEquipmentCode"]) + ":102:5+" + codes.fromXml(codes.suppliers, u.t(equipment[prefix + "IsShipperOwned"])),
            "EQN+" + u.t(equipment[prefix + "Units"])]>
</#function>
