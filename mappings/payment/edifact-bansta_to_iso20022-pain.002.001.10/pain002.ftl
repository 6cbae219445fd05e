<#ftl output_format="XML" strip_whitespace=true>
<#-- BANSTA -> pain.002.001.10. -->
<#include "/payment/common/bansta-to-pain002.ftl">
