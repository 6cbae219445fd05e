<#ftl output_format="XML" strip_whitespace=true>
<#-- PAYMUL -> pain.001.001.03: the shared template in the version this folder writes. -->
<#assign pain001 = "03">
<#include "/payment/common/paymul-to-pain001.ftl">
