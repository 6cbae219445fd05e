<#ftl output_format="XML" strip_whitespace=true>
<#--
  Pieces of a pain.001 written from an EDIFACT payment message (PAYMUL, PAYEXT), shared by both
  templates: they include this after setting v09 and importing e (edifact-read) and codes.
-->

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>

<#-- A BIC under the element name of the version: BIC (2009) or BICFI (2019). -->
<#macro agent element bic>
  <#if bic?has_content><${element}><FinInstnId><#if v09><BICFI>${bic}</BICFI><#else><BIC>${bic}</BIC></#if></FinInstnId></${element}></#if>
</#macro>

<#-- An account: an IBAN when it reads as one, otherwise the bank's own account number (Othr). -->
<#macro account element fii currency>
  <#local number = e.v(fii, "e02_01")>
  <#if number?has_content>
  <${element}>
    <Id><#if codes.isIban(number)><IBAN>${number}</IBAN><#else><Othr><Id>${number}</Id></Othr></#if></Id>
    <@el "Ccy" currency/>
    <@el "Nm" e.v(fii, "e02_02")/>
  </${element}>
  </#if>
</#macro>

<#-- A party from its NAD: name (C080), structured address, and its GLN (agency 9) as an organisation id. -->
<#macro party element nad>
  <${element}>
    <@el "Nm" e.v(nad, "e04_01")/>
    <#if e.v(nad, "e05_01")?has_content || e.v(nad, "e06")?has_content || e.v(nad, "e09")?has_content>
    <PstlAdr>
      <@el "StrtNm" e.v(nad, "e05_01")/>
      <@el "PstCd" e.v(nad, "e08")/>
      <@el "TwnNm" e.v(nad, "e06")/>
      <#-- 3229 is a simple element in D.96A and the first component of C819 in D.01B. -->
      <@el "CtrySubDvsn" e.v(nad, "e07")?has_content?then(e.v(nad, "e07"), e.v(nad, "e07_01"))/>
      <@el "Ctry" e.v(nad, "e09")/>
    </PstlAdr>
    </#if>
    <@organisationId e.v(nad, "e02_01") e.v(nad, "e02_03")/>
  </${element}>
</#macro>

<#macro organisationId id agency>
  <#if id?has_content>
    <Id><OrgId><Othr><Id>${id}</Id><#if codes.orgSchemes[agency]??><SchmeNm><Cd>${codes.orgSchemes[agency]}</Cd></SchmeNm></#if></Othr></OrgId></Id>
  </#if>
</#macro>

