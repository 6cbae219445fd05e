<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#-- UBL 2.1 OrderChange -> EDIFACT ORDCHG D.01B: the shared EDIFACT writer for the order family. -->
<#assign kind = "OrderChange">
<#assign doc = OrderChange>
<#assign directory = "01B">
<#include "/order/shared/ubl-to-edifact.ftl">
