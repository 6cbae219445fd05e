<#ftl strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  Reading a UBL node model from FreeMarker. Templates declare the same cac/cbc prefixes.
-->

<#-- The text of the first node in a node sequence, or "" when there is none. -->
<#function t nodes>
  <#if !nodes?has_content><#return ""></#if>
  <#if nodes?is_sequence><#return nodes[0]?string?trim></#if>
  <#return nodes?string?trim>
</#function>

<#-- An attribute of the first node in a node sequence, or "". -->
<#function a nodes name>
  <#if !nodes?has_content><#return ""></#if>
  <#local node = nodes?is_sequence?then(nodes[0], nodes)>
  <#local value = node["@" + name]>
  <#return value?has_content?then(value?string, "")>
</#function>

<#-- An ISO date (2026-11-20) in EDIFACT format 102 / X12 CCYYMMDD (20261120). -->
<#function ccyymmdd iso>
  <#return iso?replace("-", "")>
</#function>
