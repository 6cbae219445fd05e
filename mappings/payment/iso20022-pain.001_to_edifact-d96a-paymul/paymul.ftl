<#ftl output_format="plainText" strip_whitespace=true>
<#-- pain.001 -> PAYMUL D.96A: the shared template in the directory this folder writes. -->
<#assign directory = "96A">
<#include "/payment/common/pain001-to-paymul.ftl">
