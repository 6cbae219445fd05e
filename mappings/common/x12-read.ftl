<#ftl strip_whitespace=true>
<#--
  Reading an X12 transaction set from the gateway's EDI node model. Generic access (v, first,
  group) is in edifact-read.ftl, which works on any segment; these are the X12 specifics.
  Loops carry the codes of the StAEDI schema: H_ heading, D_ detail, S_ summary (H_N1, D_IT1, S_SAC).
-->
<#import "/common/edifact-read.ftl" as e>

<#-- An Nn value with two implied decimals (TDS01, SAC05: "34992") as a decimal ("349.92"); "" stays "". -->
<#function n2 value>
  <#if !value?has_content><#return ""></#if>
  <#local negative = value?starts_with("-")>
  <#local digits = (negative?then(value[1..], value))?replace("^0+", "", "r")?left_pad(3, "0")>
  <#return negative?then("-", "") + digits[0..<digits?length - 2] + "." + digits[digits?length - 2..]>
</#function>

<#-- The date (DTM02) of the first DTM with a qualifier (DTM01), or "". -->
<#function dtm nodes qualifier>
  <#return e.v(e.first(nodes, "e01", qualifier), "e02")>
</#function>

<#-- The identification (REF02) of the first REF with a qualifier (REF01), or "". -->
<#function ref nodes qualifier>
  <#return e.v(e.first(nodes, "e01", qualifier), "e02")>
</#function>

<#--
  The product identifiers of a line segment as a sequence of [qualifier, id] pairs, from the
  given element position on (IT106/IT107 … IT124/IT125: first = 6, last = 24).
-->
<#function productIds segment first last>
  <#local ids = []>
  <#list first..last as position>
    <#if position % 2 == first % 2>
      <#local qualifier = e.v(segment, "e" + position?string?left_pad(2, "0"))>
      <#local id = e.v(segment, "e" + (position + 1)?string?left_pad(2, "0"))>
      <#if qualifier?has_content && id?has_content><#local ids = ids + [[qualifier, id]]></#if>
    </#if>
  </#list>
  <#return ids>
</#function>

<#-- The communication numbers of a PER segment as a hash qualifier -> number (TE, FX, EM …); the first of each wins. -->
<#function communications per>
  <#local numbers = {}>
  <#list [3, 5, 7] as position>
    <#local qualifier = e.v(per, "e0" + position)>
    <#if qualifier?has_content && !numbers[qualifier]??>
      <#local numbers = numbers + {qualifier: e.v(per, "e0" + (position + 1))}>
    </#if>
  </#list>
  <#return numbers>
</#function>
