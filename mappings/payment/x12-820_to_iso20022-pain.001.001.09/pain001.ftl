<#ftl output_format="XML" strip_whitespace=true>
<#-- 820 -> pain.001.001.09: the shared template in the version this folder writes. -->
<#assign pain001 = "09">
<#include "/payment/common/x12-820-to-pain001.ftl">
