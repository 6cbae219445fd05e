<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#-- UBL 2.1 OrderResponse -> X12 855 005010: the shared X12 writer for the order family. -->
<#assign kind = "OrderResponse">
<#assign doc = OrderResponse>
<#assign version = "005010">
<#include "/order/shared/ubl-to-x12.ftl">
