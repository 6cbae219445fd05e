<#ftl output_format="plainText" strip_whitespace=true>
<#--
  ISO 20022 pain.001 (.001.03 or .001.09, read by local names) -> X12 820 in the version the
  including template chose (version = "004010" or "005010"). An 820 is one payment: one
  transaction set per CdtTrfTxInf, all in one functional group (RA). See ../README.md.
  Every value passes through w.v() (X12 has no release character; over-long values stop the mapping).
-->
<#import "/common/x12-write.ftl" as w>
<#import "/payment/common/iso20022-read.ftl" as x>
<#import "/payment/common/iso20022-codes.ftl" as codes>
<#assign initiation = x.all(Document, "CstmrCdtTrfInitn")>
<#assign header = x.all(initiation, "GrpHdr")>
<#assign initiator = x.all(header, "InitgPty")>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>${"\n"}</#macro>

<#-- BPR06-09 / 12-15: a bank by BIC (02) or ABA routing number (01), and the account (DA). -->
<#function bank agent>
  <#local bic = x.t(agent, "FinInstnId/BIC|BICFI")>
  <#if bic?has_content><#return ["02", bic]></#if>
  <#local aba = x.t(agent, "FinInstnId/ClrSysMmbId/MmbId")>
  <#return aba?has_content?then(["01", aba], ["", ""])>
</#function>
<#function accountNumber account>
  <#return x.t(account, "Id/IBAN")?has_content?then(x.t(account, "Id/IBAN"), x.t(account, "Id/Othr/Id"))>
</#function>

<#macro n1 code party>
  <#if party?has_content>
  <#local id = x.t(party, "Id/OrgId/Othr/Id")>
  <#local qualifier = codes.keyOf(codes.x12PartySchemes, x.t(party, "Id/OrgId/Othr/SchmeNm/Cd"))>
  <@seg>N1*${code}*${w.v(x.t(party, "Nm"), "N102", 60)}<#if id?has_content>*${qualifier?has_content?then(qualifier, "ZZ")}*${w.v(id, "N104", 80)}</#if></@seg>
  <#local address = x.all(party, "PstlAdr")>
  <#if x.t(address, "StrtNm")?has_content><@seg>N3*${w.v(x.t(address, "StrtNm"), "N301", 55)}</@seg></#if>
  <#if x.t(address, "TwnNm")?has_content || x.t(address, "PstCd")?has_content || x.t(address, "Ctry")?has_content>
  <@seg>N4*${w.v(x.t(address, "TwnNm"), "N401", 30)}*${w.v(x.t(address, "CtrySubDvsn"), "N402", 2)}*${w.v(x.t(address, "PstCd"), "N403", 15)}*${w.v(x.t(address, "Ctry"), "N404", 3)}</@seg>
  </#if>
  </#if>
</#macro>

<#assign senderScheme = x.t(initiator, "Id/OrgId/Othr/SchmeNm/Cd")>
<#assign sender = x.t(initiator, "Id/OrgId/Othr/Id")>
<#assign receiver = x.t(initiation, "PmtInf/DbtrAgt/FinInstnId/BIC|BICFI")>
<#assign control = w.controlNumber(entrepot.controlReference)>
<#assign v5010 = version == "005010">
<#assign sets = 0>
<#assign body>
ISA*00*          *00*          *${codes.x12InterchangeQualifiers[senderScheme]!"ZZ"}*${w.fixed(sender, "ISA06", 15)}*ZZ*${w.fixed(receiver, "ISA08", 15)}*${entrepot.shortDate}*${entrepot.time}*${v5010?then("^", "U")}*${v5010?then("00501", "00401")}*${control}*0*P*>
GS*RA*${w.v(sender, "GS02", 15)}*${w.v(receiver, "GS03", 15)}*${entrepot.date}*${entrepot.time}*${control?number?c}*X*${version}
<#list x.all(initiation, "PmtInf") as order>
  <#assign execution = x.t(order, "ReqdExctnDt/Dt")?has_content?then(x.t(order, "ReqdExctnDt/Dt"), x.t(order, "ReqdExctnDt"))>
  <#assign debtorBank = bank(x.all(order, "DbtrAgt"))>
  <#list x.all(order, "CdtTrfTxInf") as payment>
  <#assign sets = sets + 1>
  <#assign count = 0>
  <#assign setNumber = sets?c?left_pad(4, "0")>
  <#assign creditorBank = bank(x.all(payment, "CdtrAgt"))>
  <@seg>ST*820*${setNumber}</@seg>
  <#-- BPR04 BOP: the financial institution chooses the payment method, as for a pain.001 without a local instrument. -->
  <@seg>BPR*C*${w.v(x.t(payment, "Amt/InstdAmt"), "BPR02", 18)}*C*BOP**${debtorBank[0]}*${w.v(debtorBank[1], "BPR07", 12)}*DA*${w.v(accountNumber(x.all(order, "DbtrAcct")), "BPR09", 35)}***${creditorBank[0]}*${w.v(creditorBank[1], "BPR13", 12)}*DA*${w.v(accountNumber(x.all(payment, "CdtrAcct")), "BPR15", 35)}*${execution?replace("-", "")}</@seg>
  <#-- Free-text remittance in NTE02 pieces of 80 characters, cut at 80 so the pieces join back exactly. -->
  <#assign remittance = x.t(payment, "RmtInf/Ustrd")>
  <#list 0..<((remittance?length + 79) / 80)?floor as i>
  <@seg>NTE**${w.v(remittance[i * 80..<[remittance?length, (i + 1) * 80]?min], "NTE02", 80)}</@seg>
  </#list>
  <#if x.t(payment, "PmtId/EndToEndId") != "NOTPROVIDED"><@seg>TRN*1*${w.v(x.t(payment, "PmtId/EndToEndId"), "TRN02", 30)}</@seg></#if>
  <@seg>CUR*PR*${w.v(x.a(payment, "Amt/InstdAmt", "Ccy"), "CUR02", 3)}</@seg>
  <@seg>REF*ZZ*${w.v(x.t(header, "MsgId"), "REF02", 30)}</@seg>
  <@seg>REF*TN*${w.v(x.t(order, "PmtInfId"), "REF02", 30)}</@seg>
  <#assign created = x.t(header, "CreDtTm")>
  <@seg>DTM*097*${created[0..9]?replace("-", "")}*${created[11..12]}${created[14..15]}</@seg>
  <@n1 "PR" x.all(order, "Dbtr")/>
  <@n1 "PE" x.all(payment, "Cdtr")/>
  <#assign documents = x.all(payment, "RmtInf/Strd")>
  <#if documents?has_content>
  <@seg>ENT*1</@seg>
  <#list documents as document>
  <@seg>RMR*${(x.t(document, "RfrdDocInf/Tp/CdOrPrtry/Cd") == "CREN")?then("CM", "IV")}*${w.v(x.t(document, "RfrdDocInf/Nb"), "RMR02", 30)}**${w.v(x.t(document, "RfrdDocAmt/RmtdAmt"), "RMR04", 18)}</@seg>
  </#list>
  </#if>
SE*${count + 1}*${setNumber}
  </#list>
</#list>
GE*${sets}*${control?number?c}
IEA*1*${control}
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, ~ after each. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim}~
</#if></#list>
