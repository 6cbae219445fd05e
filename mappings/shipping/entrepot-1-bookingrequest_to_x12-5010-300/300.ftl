<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:booking:1", "c": "urn:entrepot:shipping:common:1"}>
<#-- Entrepot booking request 1 -> X12 300 005010: the family's writer for this version. -->
<#assign version = "005010">
<#include "/shipping/common/300-write.ftl">
