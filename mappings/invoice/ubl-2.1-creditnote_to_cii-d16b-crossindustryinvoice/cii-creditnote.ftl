<#ftl output_format="XML" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#-- UBL 2.1 CreditNote -> CII D16B: the invoice's CII writer, given the credit note and told its names. -->
<#assign Invoice = CreditNote>
<#assign creditNote = true>
<#include "/invoice/ubl-2.1-invoice_to_cii-d16b-crossindustryinvoice/cii-invoice.ftl">
