<#ftl output_format="XML" strip_whitespace=true ns_prefixes={
  "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
  "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"}>
<#-- CII D16B credit note -> UBL 2.1 CreditNote: the CII invoice template, told to use the CreditNote names. -->
<#assign creditNote = true>
<#include "/invoice/cii-d16b-crossindustryinvoice_to_ubl-2.1-invoice/ubl-invoice.ftl">
