<#ftl output_format="XML" strip_whitespace=true>
<#-- X12 860 (004010, 005010) -> UBL 2.1 OrderChange: the shared X12 reader, writing an OrderChange. -->
<#assign kind = "OrderChange">
<#include "/order/shared/x12-to-ubl.ftl">
