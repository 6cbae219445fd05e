<#ftl output_format="plainText" strip_whitespace=true>
<#--
  ISO 20022 pain.002 (customer payment status report, read by local names) -> EDIFACT BANSTA in
  the directory the including template chose (directory = "96A" or "01B"). See ../README.md.
  One LIN per status: the original message (RFF+ACW), each original payment order (RFF+AEK) and
  each original payment (RFF+AEK and RFF+CR = end-to-end id). SG6 carries the status (GIS, ISO
  code shortened by the table in iso20022-codes.ftl), the amount (MOA+9) and each reason
  (FTX+AAO: the ISO reason code, then the bank's text).
-->
<#import "/common/edifact-write.ftl" as w>
<#import "/payment/common/iso20022-read.ftl" as x>
<#import "/payment/common/iso20022-codes.ftl" as codes>
<#assign report = x.all(Document, "CstmrPmtStsRpt")>
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#assign count = 0>
<#assign lines = 0>
<#macro seg><#assign count = count + 1><#nested>'
</#macro>

<#-- SG6: the status of one level, its amount and its reasons. -->
<#macro status code amount currency reasons>
  <@seg>SEQ++1</@seg>
  <@seg>GIS+${esc(codes.statuses[code]!code)}::ZZZ</@seg>
  <#if amount?has_content><@seg>MOA+9:${amount}<#if currency?has_content>:${esc(currency)}</#if></@seg></#if>
  <#list reasons as reason>
    <#local text = x.t(reason, "AddtlInf")>
    <#--
      SG6 holds one FTX, so the first reason is stated. The ISO reason code (AC01) leads the text
      (C108): D.96A's coded field 4441 is an..3 and cannot carry a four-letter code.
    -->
    <#if reason?is_first>
  <@seg>FTX+AAO+++${esc(x.t(reason, "Rsn/Cd|Prtry"))}<#if text?has_content>:<#list w.chunks(text, 70, 4) as piece>${esc(piece)}<#sep>:</#list></#if></@seg>
    </#if>
  </#list>
</#macro>

<#assign header = x.all(report, "GrpHdr")>
<#assign original = x.all(report, "OrgnlGrpInfAndSts")>
<#assign bank = x.t(header, "DbtrAgt/FinInstnId/BICFI|BIC")?has_content?then(x.t(header, "DbtrAgt/FinInstnId/BICFI|BIC"), x.t(header, "InitgPty/Id/OrgId/AnyBIC|BICOrBEI"))>
<#assign customer = x.all(report, "OrgnlPmtInfAndSts/TxInfAndSts/OrgnlTxRef/Dbtr/Pty")>
<#assign customerScheme = x.t(customer, "Id/OrgId/Othr/SchmeNm/Cd")>
<#assign customerQualifier = (customerScheme == "GS1G")?then(":14", (customerScheme == "DUNS")?then(":16", ""))>
<#assign body>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(bank)}+${esc(x.t(customer, "Id/OrgId/Othr/Id"))}${customerQualifier}+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++BANSTA'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(bank)}+${esc(x.t(customer, "Id/OrgId/Othr/Id"))}${customerQualifier}+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++BANSTA'
</#if>
<@seg>UNH+1+BANSTA:D:${directory}:UN</@seg>
<#-- UNCL 1001 has no code for a banking status; the message type says what it is. -->
<@seg>BGM++${esc(x.t(header, "MsgId"))}+9</@seg>
<@seg>DTM+137:${codes.ccyymmddhhmm(x.t(header, "CreDtTm"))}:203</@seg>
<@seg>RFF+ACW:${esc(x.t(original, "OrgnlMsgId"))}</@seg>
<#if x.t(original, "OrgnlCreDtTm")?has_content><@seg>DTM+171:${codes.ccyymmddhhmm(x.t(original, "OrgnlCreDtTm"))}:203</@seg></#if>
<#if bank?has_content><@seg>FII+BB++${esc(bank)}:25:17</@seg></#if>
<#if original?has_content>
<#assign lines = lines + 1>
<@seg>LIN+${lines}</@seg>
<@seg>RFF+ACW:${esc(x.t(original, "OrgnlMsgId"))}</@seg>
<#if x.t(original, "GrpSts")?has_content || x.all(original, "StsRsnInf")?has_content>
<@status x.t(original, "GrpSts") x.t(original, "OrgnlCtrlSum") "" x.all(original, "StsRsnInf")/>
</#if>
</#if>
<#list x.all(report, "OrgnlPmtInfAndSts") as order>
  <#assign lines = lines + 1>
  <@seg>LIN+${lines}</@seg>
  <@seg>RFF+AEK:${esc(x.t(order, "OrgnlPmtInfId"))}</@seg>
  <#if x.t(order, "PmtInfSts")?has_content || x.all(order, "StsRsnInf")?has_content>
  <@status x.t(order, "PmtInfSts") x.t(order, "OrgnlCtrlSum") "" x.all(order, "StsRsnInf")/>
  </#if>
  <#list x.all(order, "TxInfAndSts") as payment>
  <#assign lines = lines + 1>
  <@seg>LIN+${lines}</@seg>
  <@seg>RFF+AEK:${esc(x.t(order, "OrgnlPmtInfId"))}</@seg>
  <#if x.t(payment, "OrgnlEndToEndId")?has_content><@seg>RFF+CR:${esc(x.t(payment, "OrgnlEndToEndId"))}</@seg></#if>
  <#if x.t(payment, "OrgnlInstrId")?has_content><@seg>RFF+AIK:${esc(x.t(payment, "OrgnlInstrId"))}</@seg></#if>
  <#if x.t(payment, "StsId")?has_content><@seg>RFF+ACD:${esc(x.t(payment, "StsId"))}</@seg></#if>
  <@status x.t(payment, "TxSts") x.t(payment, "OrgnlTxRef/Amt/InstdAmt") x.a(payment, "OrgnlTxRef/Amt/InstdAmt", "Ccy") x.all(payment, "StsRsnInf")/>
  </#list>
</#list>
UNT+${count + 1}+1'
UNZ+1+${entrepot.controlReference}'
</#assign>
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim}
</#if></#list>
