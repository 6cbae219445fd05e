<#ftl output_format="XML" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#-- UBL Invoice -> pain.001.001.03: the shared template in the version this folder writes (XPath prefixes are the main template's). -->
<#assign pain001 = "03">
<#include "/payment/common/ubl-invoice-to-pain001.ftl">
