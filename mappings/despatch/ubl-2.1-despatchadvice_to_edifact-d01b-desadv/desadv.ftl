<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#-- UBL 2.1 DespatchAdvice -> DESADV D01B: the segments are the same in both directories (see the shared template). -->
<#assign directory = "01B">
<#include "/despatch/shared/ubl-to-desadv.ftl">
