<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#-- UBL 2.1 DespatchAdvice -> X12 856 004010: the envelope's version; the segments are the shared template's. -->
<#assign isaVersion = "00401">
<#assign repetition = "U">
<#assign gsVersion = "004010">
<#include "/despatch/shared/ubl-to-856.ftl">
