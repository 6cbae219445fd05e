<#ftl output_format="XML" strip_whitespace=true>
<#-- X12 850 (004010, 005010) -> UBL 2.1 Order: the shared X12 reader, writing an Order. -->
<#assign kind = "Order">
<#include "/order/shared/x12-to-ubl.ftl">
