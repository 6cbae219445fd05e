<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT CUSRES (D.96A and D.01B) -> Entrepot customs response 1. See ../README.md.
  D.96A keeps NAD and RFF (SG5) in the header and errors as ERP + ERC (SG1) with their
  descriptions as header FTX AAO in the same order; D.01B has NAD in SG1, RFF in SG3 and each
  error as ERP + ERC + FTX in SG4.
-->
<#import "/common/edifact-read.ftl" as e>
<#assign m = interchange.message>
<#assign d01b = e.v(m.UNH, "e02_03") == "01B">
<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#function text ftx>
  <#return e.v(ftx, "e04_01") + e.v(ftx, "e04_02") + e.v(ftx, "e04_03") + e.v(ftx, "e04_04") + e.v(ftx, "e04_05")>
</#function>

<#assign nad = d01b?then(e.group(m.SG1, "NAD", "e01", "DT").NAD!{}, e.first(m.NAD, "e01", "DT"))>
<#assign references = d01b?then(m.SG3, m.SG5)>
<#assign lrn = e.v(e.group(references, "RFF", "e01_01", "ABO").RFF!{}, "e01_02")>
<#assign mrn = e.v(e.group(references, "RFF", "e01_01", "ABT").RFF!{}, "e01_02")>
<#assign errors = d01b?then(m.SG4, m.SG1)>
<#assign descriptions = m.FTX?filter(f -> e.v(f, "e01") == "AAO")>
<?xml version="1.0" encoding="UTF-8"?>
<Response xmlns="urn:entrepot:customs:response:1">
  <FunctionCode>${e.v(m.BGM, "e03")}</FunctionCode>
  <StatusCode>${e.v(m.GIS, "e01_01")}</StatusCode>
  <ID>${e.v(m.BGM, "e02")?has_content?then(e.v(m.BGM, "e02"), e.v(m.BGM, "e02_01"))}</ID>
  <IssueDate>${e.date(e.dtm(m.DTM, "137"))}</IssueDate>
  <DeclarationOffice><ID>${e.v(e.first(m.LOC, "e01", "41"), "e02_01")}</ID></DeclarationOffice>
  <Declarant>
    <ID>${e.v(nad, "e02_01")}</ID>
    <@el "Name" e.v(nad, "e04_01") + e.v(nad, "e04_02")/>
  </Declarant>
  <FunctionalReferenceID>${lrn}</FunctionalReferenceID>
  <@el "MRN" mrn/>
  <#list errors as error>
  <#assign erp = error.ERP>
  <#assign description = d01b?then(text(error.FTX!{}), (error?index lt descriptions?size)?then(text(descriptions[error?index]), ""))>
  <Error>
    <ValidationCode>${e.v(error.ERC, "e01_01")}</ValidationCode>
    <@el "Description" description/>
    <#if e.v(erp, "e01_01")?has_content>
    <Pointer>
      <DocumentSectionCode>${e.v(erp, "e01_01")}</DocumentSectionCode>
      <@el "SequenceNumeric" e.v(erp, "e01_02")/>
      <@el "TagID" d01b?then(e.v(erp, "e02_01"), (error?index lt descriptions?size)?then(e.v(descriptions[error?index], "e03_01"), ""))/>
    </Pointer>
    </#if>
  </Error>
  </#list>
</Response>
