<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#-- UBL 2.1 OrderResponse -> EDIFACT ORDRSP D.96A: the shared EDIFACT writer for the order family. -->
<#assign kind = "OrderResponse">
<#assign doc = OrderResponse>
<#assign directory = "96A">
<#include "/order/shared/ubl-to-edifact.ftl">
