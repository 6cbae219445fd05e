<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#-- UBL 2.1 CreditNote -> 810 004010 credit memo: the invoice writer, given the credit note and told its names. -->
<#assign Invoice = CreditNote>
<#assign creditNote = true>
<#include "/invoice/ubl-2.1-invoice_to_x12-4010-810/810.ftl">
