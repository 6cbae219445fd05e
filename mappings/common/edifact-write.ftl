<#ftl strip_whitespace=true>
<#--
  Writing EDIFACT from FreeMarker with the default service characters (UNA:+.? ').
  r() escapes a value with the release character; templates call it on every value they write.
-->

<#-- A value made safe for syntax 3: release character before ? ' + :, line breaks flattened. -->
<#function r value>
  <#return value?string?replace("?", "??")?replace("'", "?'")?replace("+", "?+")?replace(":", "?:")?replace("\r\n", " ")?replace("\n", " ")?replace("\r", " ")>
</#function>

<#-- The same for syntax 4, where * separates repetitions and must be released too. -->
<#function r4 value>
  <#return r(value)?replace("*", "?*")>
</#function>

<#-- Split free text into pieces no longer than max (EDIFACT text components are an..70, names an..35). -->
<#function chunks text max count>
  <#local pieces = []>
  <#local rest = text>
  <#list 1..count as i>
    <#if !rest?has_content><#break></#if>
    <#if rest?length <= max>
      <#local pieces = pieces + [rest]>
      <#local rest = "">
    <#else>
      <#local pieces = pieces + [rest[0..<max]]>
      <#local rest = rest[max..]>
    </#if>
  </#list>
  <#return pieces>
</#function>
