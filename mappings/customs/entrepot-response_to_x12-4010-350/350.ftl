<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:customs:response:1"}>
<#-- Entrepot customs response 1 -> X12 350 004010: the shared template with this version. -->
<#assign version = "004010">
<#assign functionalId = "SO">
<#include "/customs/shared/350.ftl">
