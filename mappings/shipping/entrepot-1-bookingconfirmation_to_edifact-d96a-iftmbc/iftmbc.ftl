<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:shipping:booking:1", "c": "urn:entrepot:shipping:common:1"}>
<#-- Entrepot BookingConfirmation 1 -> EDIFACT IFTMBC D96A: the family's writer for this directory. -->
<#assign directory = "D96A">
<#include "/shipping/common/iftmbc-write.ftl">
