<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#-- UBL 2.1 DespatchAdvice -> X12 856 005010: the envelope's version; the segments are the shared template's. -->
<#assign isaVersion = "00501">
<#assign repetition = "^">
<#assign gsVersion = "005010">
<#include "/despatch/shared/ubl-to-856.ftl">
