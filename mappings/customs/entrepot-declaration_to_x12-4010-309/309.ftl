<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:customs:declaration:1"}>
<#-- Entrepot customs declaration 1 -> X12 309 004010: the shared template with this version. -->
<#assign version = "004010">
<#assign functionalId = "SO">
<#include "/customs/shared/309.ftl">
