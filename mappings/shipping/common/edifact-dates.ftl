<#ftl strip_whitespace=true>
<#--
  EDIFACT date/time formats (2379) and XML dates, both ways:
  102 CCYYMMDD, 203 CCYYMMDDHHMM, 303 CCYYMMDDHHMMZZZ (ZZZ = +hh, -hh or UTC offset in whole hours).
-->

<#-- A DTM value in format 102, 203 or 303 as an XML date-time (00:00 for a bare date). -->
<#function dateTime value format>
  <#if !value?has_content><#return ""></#if>
  <#local base = value[0..3] + "-" + value[4..5] + "-" + value[6..7]>
  <#if format == "102" || value?length == 8><#return base + "T00:00:00"></#if>
  <#local time = base + "T" + value[8..9] + ":" + value[10..11] + ":00">
  <#if format == "303" && value?length gt 12>
    <#local zone = value[12..]>
    <#if zone == "UTC" || zone == "+00" || zone == "Z"><#return time + "Z"></#if>
    <#return time + zone[0] + zone[1..]?left_pad(2, "0") + ":00">
  </#if>
  <#return time>
</#function>

<#-- An XML date-time as format 203 (offset dropped: the document's own local time). -->
<#function f203 value>
  <#return value?replace("-", "")?replace("T", "")?replace(":", "")[0..11]>
</#function>

<#--
  An XML date-time with an offset as format 303. EDIFACT's zone is whole hours; an offset with
  minutes (+05:30) stops the mapping rather than moving the event.
-->
<#function f303 value>
  <#local digits = f203(value)>
  <#if value?ends_with("Z")><#return digits + "UTC"></#if>
  <#local offset = value[value?length - 6..]>
  <#if !offset?ends_with(":00")>
    <#stop "EDIFACT date format 303 carries whole-hour offsets; " + value + " has " + offset>
  </#if>
  <#return digits + offset[0..2]>
</#function>

<#-- An XML date (2026-11-21, or the date part of a date-time) as format 102. -->
<#function f102 value>
  <#return value[0..9]?replace("-", "")>
</#function>
