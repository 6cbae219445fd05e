<#ftl output_format="plainText" strip_whitespace=true>
<#-- pain.001 -> 820 004010: the shared template in the version this folder writes. -->
<#assign version = "004010">
<#include "/payment/common/pain001-to-x12-820.ftl">
