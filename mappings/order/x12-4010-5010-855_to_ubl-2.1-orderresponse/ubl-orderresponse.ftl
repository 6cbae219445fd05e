<#ftl output_format="XML" strip_whitespace=true>
<#-- X12 855 (004010, 005010) -> UBL 2.1 OrderResponse: the shared X12 reader, writing an OrderResponse. -->
<#assign kind = "OrderResponse">
<#include "/order/shared/x12-to-ubl.ftl">
