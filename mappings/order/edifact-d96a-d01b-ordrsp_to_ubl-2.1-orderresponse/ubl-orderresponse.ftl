<#ftl output_format="XML" strip_whitespace=true>
<#-- EDIFACT ORDRSP (D.96A, D.01B) -> UBL 2.1 OrderResponse: the shared EDIFACT reader, writing an OrderResponse. -->
<#assign kind = "OrderResponse">
<#include "/order/shared/edifact-to-ubl.ftl">
