<#ftl strip_whitespace=true>
<#--
  Reading an ISO 20022 document (a FreeMarker DOM node model) by local element names, so one
  template reads every version of a message whatever its namespace: at(node, "GrpHdr/MsgId"),
  with alternatives for renamed elements: "FinInstnId/BIC|BICFI".
-->

<#-- The child elements of a node (or of every node in a sequence) whose local name is one of names ("A|B"). -->
<#function kids nodes names>
  <#local wanted = names?split("|")>
  <#local found = []>
  <#list (nodes?is_sequence)?then(nodes, [nodes]) as node>
    <#list node?children as child>
      <#if child?node_type == "element" && wanted?seq_contains(child?node_name)><#local found = found + [child]></#if>
    </#list>
  </#list>
  <#return found>
</#function>

<#-- Every element at a path of local names below a node. -->
<#function all node path>
  <#local current = (node?is_sequence)?then(node, [node])>
  <#list path?split("/") as step>
    <#if !current?has_content><#return []></#if>
    <#local current = kids(current, step)>
  </#list>
  <#return current>
</#function>

<#-- The trimmed text of the first element at a path, or "". -->
<#function t node path>
  <#local found = all(node, path)>
  <#return found?has_content?then(found[0]?string?trim, "")>
</#function>

<#-- An attribute of the first element at a path, or "". -->
<#function a node path name>
  <#local found = all(node, path)>
  <#if !found?has_content><#return ""></#if>
  <#local value = found[0]["@" + name]>
  <#return value?has_content?then(value?string, "")>
</#function>
