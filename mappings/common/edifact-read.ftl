<#ftl strip_whitespace=true>
<#--
  Reading the gateway's EDI node model from FreeMarker. A segment is an element named by its tag;
  its data elements are attributes: e01 (simple element 1), e02_01 (composite 2, component 1),
  e03r2_01 (second repetition). Segment groups are elements named SG1, SG2, ...
-->

<#-- The value of data element k of segment n, or "" when the segment or the element is absent. -->
<#function v n k>
  <#if !n?has_content><#return ""></#if>
  <#if n?is_sequence><#if n?size == 0><#return ""></#if><#local n = n[0]></#if>
  <#local a = n["@" + k]>
  <#return a?has_content?then(a?string, "")>
</#function>

<#-- The first segment among nodes whose element k equals value, or an empty hash. -->
<#function first nodes k value>
  <#list nodes as n><#if v(n, k) == value><#return n></#if></#list>
  <#return {}>
</#function>

<#-- The first segment group whose segment tag has element k equal to value, or an empty hash. -->
<#function group groups tag k value>
  <#list groups as g><#if v(g[tag], k) == value><#return g></#if></#list>
  <#return {}>
</#function>

<#-- DTM value for a qualifier (C507: 2005 qualifier, 2380 value, 2379 format), or "". -->
<#function dtm nodes qualifier>
  <#return v(first(nodes, "e01_01", qualifier), "e01_02")>
</#function>

<#-- MOA amount for a qualifier (C516: 5025 qualifier, 5004 amount), or "". -->
<#function moa nodes qualifier>
  <#return v(first(nodes, "e01_01", qualifier), "e01_02")>
</#function>

<#-- Format 102 (CCYYMMDD) to an ISO date; other lengths pass through. -->
<#function date value>
  <#if value?length != 8><#return value></#if>
  <#return value[0..3] + "-" + value[4..5] + "-" + value[6..7]>
</#function>

<#-- The item number of a given type (7143) from any of the five C212 positions of the PIA segments. -->
<#function itemNumber pias type>
  <#list pias as pia>
    <#list ["e02", "e03", "e04", "e05", "e06"] as position>
      <#if v(pia, position + "_02") == type><#return v(pia, position + "_01")></#if>
    </#list>
  </#list>
  <#return "">
</#function>
