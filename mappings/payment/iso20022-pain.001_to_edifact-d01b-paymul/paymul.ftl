<#ftl output_format="plainText" strip_whitespace=true>
<#-- pain.001 -> PAYMUL D.01B: the shared template in the directory this folder writes. -->
<#assign directory = "01B">
<#include "/payment/common/pain001-to-paymul.ftl">
