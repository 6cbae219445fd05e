<#ftl output_format="XML" strip_whitespace=true>
<#-- EDIFACT ORDERS (D.96A, D.01B) -> UBL 2.1 Order: the shared EDIFACT reader, writing an Order. -->
<#assign kind = "Order">
<#include "/order/shared/edifact-to-ubl.ftl">
