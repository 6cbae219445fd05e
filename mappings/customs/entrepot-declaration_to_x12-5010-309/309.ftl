<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:customs:declaration:1"}>
<#-- Entrepot customs declaration 1 -> X12 309 005010: the shared template with this version. -->
<#assign version = "005010">
<#assign functionalId = "AQ">
<#include "/customs/shared/309.ftl">
