<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  UBL 2.1 Invoice -> X12 810 (005010). Every segment the 004010 writer produces means the same
  in 005010, so this runs it and changes only what names the version: ISA11 (the repetition
  separator "^" instead of the standards identifier "U"), ISA12 00501 and GS08 005010. Values
  cannot contain "*" (the writer refuses X12 delimiters), so the patterns only match the envelope.
-->
<#assign interchange><#include "/invoice/ubl-2.1-invoice_to_x12-4010-810/810.ftl"></#assign>
${interchange?replace("*U*00401*", "*^*00501*")?replace("*X*004010~", "*X*005010~")}
