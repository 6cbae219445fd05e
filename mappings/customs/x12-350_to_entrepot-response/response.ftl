<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 350 (004010 and 005010) -> Entrepot customs response 1. See ../README.md.
  Reads the first P4 loop: P4 office and date, V9 status, N9 ZZ references by their N903 label
  (RESPONSE, FUNCTION, LRN, MRN, DECLARANT + K1 name) and errors (N903 "ERROR section item tag",
  K1 description; remark pieces were split at spaces and are joined with one).
-->
<#import "/common/edifact-read.ftl" as e>
<#assign m = interchange.message>
<#assign p4 = m.H_P4[0]>
<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#function reference label>
  <#return e.v(e.group(p4.H_N9, "N9", "e03", label).N9!{}, "e02")>
</#function>
<#function remarks loop>
  <#local pieces = []>
  <#list loop.K1 as k1><#local pieces = pieces + [e.v(k1, "e01")]><#if e.v(k1, "e02")?has_content><#local pieces = pieces + [e.v(k1, "e02")]></#if></#list>
  <#return pieces?join(" ")>
</#function>
<#function part value><#return (value == "-")?then("", value)></#function>
<#assign declarant = e.group(p4.H_N9, "N9", "e03", "DECLARANT")>
<?xml version="1.0" encoding="UTF-8"?>
<Response xmlns="urn:entrepot:customs:response:1">
  <FunctionCode>${reference("FUNCTION")}</FunctionCode>
  <StatusCode>${e.v(p4.V9, "e01")}</StatusCode>
  <ID>${reference("RESPONSE")}</ID>
  <IssueDate>${e.date(e.v(p4.P4, "e02"))}</IssueDate>
  <DeclarationOffice><ID>${e.v(p4.P4, "e01")}</ID></DeclarationOffice>
  <Declarant>
    <ID>${reference("DECLARANT")}</ID>
    <#if declarant?has_content><@el "Name" remarks(declarant)/></#if>
  </Declarant>
  <FunctionalReferenceID>${reference("LRN")}</FunctionalReferenceID>
  <@el "MRN" reference("MRN")/>
  <#list p4.H_N9?filter(loop -> e.v(loop.N9, "e03")?starts_with("ERROR")) as loop>
  <#assign pointer = e.v(loop.N9, "e03")?split(" ")>
  <Error>
    <ValidationCode>${e.v(loop.N9, "e02")}</ValidationCode>
    <@el "Description" remarks(loop)/>
    <#if pointer?size == 4>
    <Pointer>
      <DocumentSectionCode>${part(pointer[1])}</DocumentSectionCode>
      <@el "SequenceNumeric" part(pointer[2])/>
      <@el "TagID" part(pointer[3])/>
    </Pointer>
    </#if>
  </Error>
  </#list>
</Response>
