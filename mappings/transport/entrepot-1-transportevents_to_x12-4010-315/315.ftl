<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:transport:event:1", "c": "urn:entrepot:shipping:common:1"}>
<#-- Entrepot transport events 1 -> X12 315 004010: the family's writer for this version. -->
<#assign version = "004010">
<#include "/transport/common/315-write.ftl">
