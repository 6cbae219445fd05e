<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:customs:response:1"}>
<#-- Entrepot customs response 1 -> CUSRES D.96A: the shared template with this directory. -->
<#assign directory = "96A">
<#include "/customs/shared/cusres.ftl">
