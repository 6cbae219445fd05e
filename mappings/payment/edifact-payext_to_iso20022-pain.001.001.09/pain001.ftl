<#ftl output_format="XML" strip_whitespace=true>
<#-- PAYEXT -> pain.001.001.09: the shared template in the version this folder writes. -->
<#assign pain001 = "09">
<#include "/payment/common/payext-to-pain001.ftl">
