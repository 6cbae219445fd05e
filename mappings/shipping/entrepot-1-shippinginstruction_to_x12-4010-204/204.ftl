<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:instruction:1", "c": "urn:entrepot:shipping:common:1"}>
<#-- Entrepot shipping instruction 1 -> X12 204 004010: the family's writer for this version. -->
<#assign version = "004010">
<#include "/shipping/common/204-write.ftl">
