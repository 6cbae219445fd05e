<#ftl output_format="XML" strip_whitespace=true>
<#-- INVOIC D.96A credit note -> UBL 2.1 CreditNote: the invoice template, told to use the CreditNote names. -->
<#assign creditNote = true>
<#include "/invoice/edifact-d96a-invoic_to_ubl-2.1-invoice/ubl-invoice.ftl">
