<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:customs:response:1"}>
<#-- Entrepot customs response 1 -> X12 350 005010: the shared template with this version. -->
<#assign version = "005010">
<#assign functionalId = "AU">
<#include "/customs/shared/350.ftl">
