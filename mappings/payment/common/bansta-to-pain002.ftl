<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT BANSTA (D.96A, D.01B), as pain002-to-bansta.ftl writes it, -> ISO 20022 pain.002.001.10.
  See ../README.md. A LIN with RFF+ACW only is the original message's status, a LIN with RFF+AEK
  a payment order's, a LIN with RFF+AEK and RFF+CR a payment's (grouped under its order).
  BANSTA does not name the original message's type, so OrgnlMsgNmId says PAYMUL when the original
  reference came from EDIFACT; the original transaction's details beyond its amount are not in a
  BANSTA and are not invented here.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/payment/common/iso20022-codes.ftl" as codes>
<#setting locale="en_US">
<#assign m = interchange.message>
<#assign unb = interchange.UNB>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>

<#-- The reference of a LIN's SG5 by qualifier. -->
<#function ref line qualifier>
  <#return e.v((e.group(line.SG5, "RFF", "e01_01", qualifier).RFF)!{}, "e01_02")>
</#function>
<#function status line>
  <#local code = e.v(line.SG6.GIS, "e01_01")>
  <#return code?has_content?then(codes.keyOf(codes.statuses, code)?has_content?then(codes.keyOf(codes.statuses, code), code), "")>
</#function>
<#macro reason line>
  <#local ftx = e.first(line.SG6.FTX, "e01", "AAO")>
  <#if ftx?has_content>
  <StsRsnInf>
    <Rsn><Cd>${e.v(ftx, "e04_01")}</Cd></Rsn>
    <@el "AddtlInf" e.v(ftx, "e04_02") + e.v(ftx, "e04_03") + e.v(ftx, "e04_04") + e.v(ftx, "e04_05")/>
  </StsRsnInf>
  </#if>
</#macro>

<#assign documentNumber = e.v(m.BGM, "e02")?has_content?then(e.v(m.BGM, "e02"), e.v(m.BGM, "e02_01"))>
<#assign originalMessage = e.v((e.group(m.SG1, "RFF", "e01_01", "ACW").RFF)!{}, "e01_02")>
<#assign originalCreated = (e.group(m.SG1, "RFF", "e01_01", "ACW").DTM)!{}>
<#assign bank = e.v((e.group(m.SG2, "FII", "e01", "BB").FII)!{}, "e03_01")>
<#assign customer = e.v(unb, "e03_01")>
<#assign customerScheme = {"14": "GS1G", "16": "DUNS"}[e.v(unb, "e03_02")]!"">
<#assign groupLine = {}>
<#assign orders = []>
<#list m.SG4 as line>
  <#if ref(line, "AEK")?has_content>
    <#if !ref(line, "CR")?has_content && !orders?seq_contains(ref(line, "AEK"))><#assign orders = orders + [ref(line, "AEK")]></#if>
  <#elseif ref(line, "ACW")?has_content>
    <#assign groupLine = line>
  </#if>
</#list>
<#list m.SG4 as line>
  <#if ref(line, "CR")?has_content && !orders?seq_contains(ref(line, "AEK"))><#assign orders = orders + [ref(line, "AEK")]></#if>
</#list>
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
  <CstmrPmtStsRpt>
    <GrpHdr>
      <MsgId>${documentNumber}</MsgId>
      <CreDtTm>${codes.dateTime(e.first(m.DTM, "e01_01", "137"))}</CreDtTm>
      <#if bank?has_content><DbtrAgt><FinInstnId><BICFI>${bank}</BICFI></FinInstnId></DbtrAgt></#if>
    </GrpHdr>
    <OrgnlGrpInfAndSts>
      <OrgnlMsgId>${originalMessage}</OrgnlMsgId>
      <OrgnlMsgNmId>PAYMUL</OrgnlMsgNmId>
      <#if originalCreated?has_content><OrgnlCreDtTm>${codes.dateTime(originalCreated)}</OrgnlCreDtTm></#if>
      <#if groupLine?has_content>
      <@el "OrgnlCtrlSum" e.v(groupLine.SG6.MOA, "e01_02")/>
      <@el "GrpSts" status(groupLine)/>
      <@reason groupLine/>
      </#if>
    </OrgnlGrpInfAndSts>
    <#list orders as order>
    <OrgnlPmtInfAndSts>
      <OrgnlPmtInfId>${order}</OrgnlPmtInfId>
      <#list m.SG4 as line>
        <#if ref(line, "AEK") == order && !ref(line, "CR")?has_content>
      <@el "OrgnlCtrlSum" e.v(line.SG6.MOA, "e01_02")/>
      <@el "PmtInfSts" status(line)/>
      <@reason line/>
        </#if>
      </#list>
      <#list m.SG4 as line>
        <#if ref(line, "AEK") == order && ref(line, "CR")?has_content>
      <TxInfAndSts>
        <@el "StsId" ref(line, "ACD")/>
        <@el "OrgnlInstrId" ref(line, "AIK")/>
        <OrgnlEndToEndId>${ref(line, "CR")}</OrgnlEndToEndId>
        <@el "TxSts" status(line)/>
        <@reason line/>
        <#assign amount = e.first(line.SG6.MOA, "e01_01", "9")>
        <#if amount?has_content || customer?has_content>
        <OrgnlTxRef>
          <#if amount?has_content><Amt><InstdAmt Ccy="${e.v(amount, "e01_03")}">${e.v(amount, "e01_02")}</InstdAmt></Amt></#if>
          <#if customer?has_content>
          <Dbtr><Pty><Id><OrgId><Othr><Id>${customer}</Id><#if customerScheme?has_content><SchmeNm><Cd>${customerScheme}</Cd></SchmeNm></#if></Othr></OrgId></Id></Pty></Dbtr>
          </#if>
        </OrgnlTxRef>
        </#if>
      </TxInfAndSts>
        </#if>
      </#list>
    </OrgnlPmtInfAndSts>
    </#list>
  </CstmrPmtStsRpt>
</Document>
