<#ftl output_format="XML" strip_whitespace=true>
<#-- EDIFACT ORDCHG (D.96A, D.01B) -> UBL 2.1 OrderChange: the shared EDIFACT reader, writing an OrderChange. -->
<#assign kind = "OrderChange">
<#include "/order/shared/edifact-to-ubl.ftl">
