<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:booking:1", "c": "urn:entrepot:shipping:common:1"}>
<#-- Entrepot booking confirmation 1 -> X12 301 004010: the family's writer for this version. -->
<#assign version = "004010">
<#include "/shipping/common/301-write.ftl">
