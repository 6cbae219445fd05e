<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:instruction:1", "c": "urn:entrepot:shipping:common:1"}>
<#-- Entrepot shipping instruction 1 -> EDIFACT IFTMIN D96A: the family's writer for this directory. -->
<#assign directory = "D96A">
<#include "/shipping/common/iftmin-write.ftl">
