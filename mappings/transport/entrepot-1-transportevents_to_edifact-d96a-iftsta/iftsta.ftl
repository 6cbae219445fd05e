<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:transport:event:1", "c": "urn:entrepot:shipping:common:1"}>
<#-- Entrepot transport events 1 -> EDIFACT IFTSTA D96A: the family's writer for this directory. -->
<#assign directory = "D96A">
<#include "/transport/common/iftsta-write.ftl">
