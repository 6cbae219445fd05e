<#ftl output_format="plainText" strip_whitespace=true>
<#--
  ISO 20022 pain.001 (.001.03 or .001.09, read by local names) -> EDIFACT PAYMUL in the
  directory the including template chose (directory = "96A" or "01B"). See ../README.md.
  Latin-1 text goes out as UNOC syntax 3, anything else as UNOW (UTF-8) syntax 4.
  Every value passes through esc() (release characters); amounts are copied as written.
-->
<#import "/common/edifact-write.ftl" as w>
<#import "/payment/common/iso20022-read.ftl" as x>
<#import "/payment/common/iso20022-codes.ftl" as codes>
<#assign initiation = x.all(Document, "CstmrCdtTrfInitn")>
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>'
</#macro>

<#-- UNCL 3055 agency for an ISO 20022 organisation id scheme (GS1G -> 9 EAN, DUNS -> 16). -->
<#function agency node>
  <#return codes.keyOf(codes.orgSchemes, x.t(node, "Id/OrgId/Othr/SchmeNm/Cd"))>
</#function>
<#function unbQualifier node>
  <#local code = agency(node)>
  <#return (code == "9")?then(":14", (code == "16")?then(":16", ""))>
</#function>

<#macro nad qualifier party>
  <#local id = x.t(party, "Id/OrgId/Othr/Id")>
  <#local address = x.all(party, "PstlAdr")>
  <@seg>NAD+${qualifier}+<#if id?has_content>${esc(id)}::${agency(party)}</#if>++${esc(x.t(party, "Nm"))}+${esc(x.t(address, "StrtNm"))}+${esc(x.t(address, "TwnNm"))}+${esc(x.t(address, "CtrySubDvsn"))}+${esc(x.t(address, "PstCd"))}+${esc(x.t(address, "Ctry"))}</@seg>
</#macro>

<#-- FII: account (IBAN or other id), holder name, account currency; the bank by BIC (1131 25 bank identification, 3055 17 S.W.I.F.T.). -->
<#macro fii qualifier account agent>
  <#local number = x.t(account, "Id/IBAN")?has_content?then(x.t(account, "Id/IBAN"), x.t(account, "Id/Othr/Id"))>
  <#local bic = x.t(agent, "FinInstnId/BIC|BICFI")>
  <@seg>FII+${qualifier}+${esc(number)}<#if x.t(account, "Nm")?has_content || x.t(account, "Ccy")?has_content>:${esc(x.t(account, "Nm"))}<#if x.t(account, "Ccy")?has_content>::${esc(x.t(account, "Ccy"))}</#if></#if><#if bic?has_content>+${esc(bic)}:25:17</#if></@seg>
</#macro>

<#assign header = x.all(initiation, "GrpHdr")>
<#assign initiator = x.all(header, "InitgPty")>
<#assign bank = x.t(initiation, "PmtInf/DbtrAgt/FinInstnId/BIC|BICFI")>
<#assign body>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(x.t(initiator, "Id/OrgId/Othr/Id"))}${unbQualifier(initiator)}+${esc(bank)}+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++PAYMUL'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(x.t(initiator, "Id/OrgId/Othr/Id"))}${unbQualifier(initiator)}+${esc(bank)}+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++PAYMUL'
</#if>
<@seg>UNH+1+PAYMUL:D:${directory}:UN</@seg>
<#-- D.96A BGM 1004 is a simple element; D.01B's C106 starts with it, so the same text serves both. -->
<@seg>BGM+452+${esc(x.t(header, "MsgId"))}+9</@seg>
<@seg>DTM+137:${codes.ccyymmddhhmm(x.t(header, "CreDtTm"))}:203</@seg>
<#list x.all(initiation, "PmtInf") as order>
  <#assign payments = x.all(order, "CdtTrfTxInf")>
  <#assign currencies = []>
  <#list payments as payment><#assign ccy = x.a(payment, "Amt/InstdAmt", "Ccy")><#if !currencies?seq_contains(ccy)><#assign currencies = currencies + [ccy]></#if></#list>
  <@seg>LIN+${order?counter}</@seg>
  <#assign execution = x.t(order, "ReqdExctnDt/Dt")?has_content?then(x.t(order, "ReqdExctnDt/Dt"), x.t(order, "ReqdExctnDt"))>
  <@seg>DTM+203:${execution?replace("-", "")}:102</@seg>
  <@seg>RFF+AEK:${esc(x.t(order, "PmtInfId"))}</@seg>
  <#if x.t(order, "ChrgBr")?has_content><@seg>FCA+${codes.keyOf(codes.chargeBearers, x.t(order, "ChrgBr"))}</@seg></#if>
  <#-- The order's total is one amount: stated only when every payment is in the same currency. -->
  <#if x.t(order, "CtrlSum")?has_content && currencies?size == 1><@seg>MOA+9:${x.t(order, "CtrlSum")}:${esc(currencies[0])}</@seg></#if>
  <@fii "OR" x.all(order, "DbtrAcct") x.all(order, "DbtrAgt")/>
  <@nad "OY" x.all(order, "Dbtr")/>
  <#list payments as payment>
  <@seg>SEQ++${payment?counter}</@seg>
  <@seg>MOA+9:${x.t(payment, "Amt/InstdAmt")}:${esc(x.a(payment, "Amt/InstdAmt", "Ccy"))}</@seg>
  <#if x.t(payment, "PmtId/EndToEndId") != "NOTPROVIDED"><@seg>RFF+CR:${esc(x.t(payment, "PmtId/EndToEndId"))}</@seg></#if>
  <#if x.t(payment, "PmtId/InstrId")?has_content><@seg>RFF+AIK:${esc(x.t(payment, "PmtId/InstrId"))}</@seg></#if>
  <#if x.t(payment, "ChrgBr")?has_content><@seg>FCA+${codes.keyOf(codes.chargeBearers, x.t(payment, "ChrgBr"))}</@seg></#if>
  <#if x.all(payment, "CdtrAcct")?has_content || x.all(payment, "CdtrAgt")?has_content>
  <@fii "BF" x.all(payment, "CdtrAcct") x.all(payment, "CdtrAgt")/>
  </#if>
  <#if x.all(payment, "Cdtr")?has_content><@nad "BE" x.all(payment, "Cdtr")/></#if>
  <#assign remittance = x.t(payment, "RmtInf/Ustrd")>
  <#if remittance?has_content>
  <@seg>PRC+11</@seg>
  <@seg>FTX+PMD+++<#list w.chunks(remittance, 70, 5) as piece>${esc(piece)}<#sep>:</#list></@seg>
  </#if>
  </#list>
</#list>
UNT+${count + 1}+1'
UNZ+1+${entrepot.controlReference}'
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, nothing around it. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim}
</#if></#list>
