<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:booking:1", "c": "urn:entrepot:shipping:common:1"}>
<#-- Entrepot BookingRequest 1 -> EDIFACT IFTMBF D01B: the family's writer for this directory. -->
<#assign directory = "D01B">
<#include "/shipping/common/iftmbf-write.ftl">
