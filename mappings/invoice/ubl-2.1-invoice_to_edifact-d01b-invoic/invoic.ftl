<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  UBL 2.1 Invoice -> EDIFACT INVOIC D.01B. The segments the D.96A writer produces are valid
  D.01B in the same order (D.01B only adds optional segments and renumbers groups, which the
  text does not show; BGM+380+number reads as C106 component 1), so this runs that writer and
  names the directory in UNH. A value cannot contain an unreleased "+" or ":", so the pattern
  only matches the message header.
-->
<#assign directory = "D01B">
<#assign interchange><#include "/invoice/ubl-2.1-invoice_to_edifact-d96a-invoic/invoic.ftl"></#assign>
${interchange?replace("UNH+1+INVOIC:D:96A:UN'", "UNH+1+INVOIC:D:01B:UN'")}
