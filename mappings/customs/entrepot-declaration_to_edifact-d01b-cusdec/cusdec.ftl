<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:customs:declaration:1"}>
<#-- Entrepot customs declaration 1 -> CUSDEC D.01B: the shared template with this directory. -->
<#assign directory = "01B">
<#include "/customs/shared/cusdec.ftl">
