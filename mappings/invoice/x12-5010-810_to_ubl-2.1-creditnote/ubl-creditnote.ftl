<#ftl output_format="XML" strip_whitespace=true>
<#-- 810 credit memo -> UBL 2.1 CreditNote: the 810 invoice template, told to use the CreditNote names. -->
<#assign creditNote = true>
<#include "/invoice/x12-4010-810_to_ubl-2.1-invoice/ubl-invoice.ftl">
