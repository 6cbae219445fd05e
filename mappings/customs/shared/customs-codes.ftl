<#ftl strip_whitespace=true>
<#--
  Codes the customs mappings share, so both directions of a pair read the same table.
-->

<#--
  A previous document's type: EDIFACT C002 1001 is at most three characters, so a longer code
  (the EU's N705, N380 …) travels as the document name (1000) under 1001 = ZZZ.
-->
<#function documentType code name>
  <#return (code == "ZZZ" && name?has_content)?then(name, code)>
</#function>

<#-- UN/ECE Rec 19 mode of transport -> X12 Transportation Method/Type Code (91), and back. -->
<#assign x12Modes = {"1": "S", "2": "R", "3": "M", "4": "A", "5": "PP", "8": "B"}>

<#function modeToX12 mode>
  <#return x12Modes[mode]!mode>
</#function>

<#function modeFromX12 method>
  <#list x12Modes as rec19, x12><#if x12 == method><#return rec19></#if></#list>
  <#return method>
</#function>

<#-- Rec 20 mass units -> X12 Weight Unit Code (188): K kilograms, L pounds. -->
<#assign x12WeightUnits = {"KGM": "K", "LBR": "L"}>

<#--
  Building EDIFACT segments without trailing empty elements or components: c() joins the
  components of a composite, s() a segment's tag and elements. Values are escaped by the caller.
-->
<#function c parts>
  <#local last = -1>
  <#list parts as part><#if part?has_content><#local last = part?index></#if></#list>
  <#if last lt 0><#return ""></#if>
  <#return parts[0..last]?join(":")>
</#function>

<#function s tag elements>
  <#local last = -1>
  <#list elements as element><#if element?has_content><#local last = element?index></#if></#list>
  <#if last lt 0><#return tag></#if>
  <#return tag + "+" + elements[0..last]?join("+")>
</#function>

<#--
  X12 interchange and group headers for a version ("004010" or "005010"): 00501 adds the
  repetition separator (^) in ISA11. `functionalId` is GS01 (SO for 004010 customs sets; 005010
  names 309 AQ and 350 AU). Identifiers are mutually defined (ZZ): EORIs, office and port codes.
-->
<#function x12Header version functionalId sender receiver control shortDate date time>
  <#local isa11 = (version == "005010")?then("^", "U")>
  <#return "ISA*00*          *00*          *ZZ*" + sender?right_pad(15) + "*ZZ*" + receiver?right_pad(15) + "*" + shortDate + "*"
      + time + "*" + isa11 + "*" + version[0..4] + "*" + control + "*0*P*>\n"
      + "GS*" + functionalId + "*" + sender + "*" + receiver + "*" + date + "*" + time + "*" + control?number?c + "*X*" + version>
</#function>
