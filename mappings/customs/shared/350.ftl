<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:customs:response:1"}>
<#--
  Entrepot customs response 1 -> X12 350 (Customs Status Information), included by the 004010 and
  005010 mappings, which set `version` and `functionalId` first. See ../README.md for the table.
  One P4 loop: the office and date (P4), the status (V9), then labelled N9 ZZ references
  (RESPONSE, FUNCTION, LRN, MRN, DECLARANT with its name in K1) and one N9 per error, labelled
  "ERROR section item tag" with its description in K1 remarks (30 characters each, split at spaces).
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/x12-write.ftl" as w>
<#import "/customs/shared/customs-codes.ftl" as codes>
<#assign r = Response>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>${"\n"}</#macro>

<#-- Free text as K1 remarks: two 30-character messages each, at most four K1 (240 characters). -->
<#macro remarks text label>
  <#if text?has_content>
    <#local pieces = w.chunks(text, 30, 9)>
    <#if pieces?size gt 8><#stop label + " needs more than four K1 remarks (240 characters): " + w.quoted(text)></#if>
    <#list pieces?chunk(2) as pair><@seg>K1*${w.v(pair[0], "K101", 30)}<#if pair?size gt 1>*${w.v(pair[1], "K102", 30)}</#if></@seg></#list>
  </#if>
</#macro>

<#function part value><#return value?has_content?then(value, "-")></#function>

<#assign sender = u.t(r.DeclarationOffice.ID)>
<#assign receiver = u.t(r.Declarant.ID)>
<#assign control = w.controlNumber(entrepot.controlReference)>
<#assign status = u.t(r.StatusCode)>
<#if status?length != 3><#stop "V901 is a three-letter event code; the status " + w.quoted(status) + " is not one"></#if>
<#assign body>
${codes.x12Header(version, functionalId, w.v(sender, "ISA06", 15), w.v(receiver, "ISA08", 15), control, entrepot.shortDate, entrepot.date, entrepot.time)}
<@seg>ST*350*0001</@seg>
<@seg>P4*${w.v(sender, "P401", 30)}*${u.ccyymmdd(u.t(r.IssueDate))}</@seg>
<@seg>V9*${w.v(status, "V901", 3)}</@seg>
<@seg>N9*ZZ*${w.v(u.t(r.ID), "N902", 30)}*RESPONSE</@seg>
<@seg>N9*ZZ*${w.v(u.t(r.FunctionCode), "N902", 30)}*FUNCTION</@seg>
<@seg>N9*ZZ*${w.v(u.t(r.FunctionalReferenceID), "N902", 30)}*LRN</@seg>
<#if u.t(r.MRN)?has_content><@seg>N9*ZZ*${w.v(u.t(r.MRN), "N902", 30)}*MRN</@seg></#if>
<@seg>N9*ZZ*${w.v(receiver, "N902", 30)}*DECLARANT</@seg>
<@remarks u.t(r.Declarant.Name) "the declarant's name"/>
<#list r.Error as error>
  <#assign pointer = error.Pointer>
  <#assign label = "ERROR">
  <#if pointer?has_content><#assign label = "ERROR " + part(u.t(pointer.DocumentSectionCode)) + " " + part(u.t(pointer.SequenceNumeric)) + " " + part(u.t(pointer.TagID))></#if>
<@seg>N9*ZZ*${w.v(u.t(error.ValidationCode), "N902", 30)}*${w.v(label, "N903", 45)}</@seg>
<@remarks u.t(error.Description) "error " + u.t(error.ValidationCode)/>
</#list>
SE*${count + 1}*0001
GE*1*${control?number?c}
IEA*1*${control}
</#assign>
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("\\*+$", "", "r")}~
</#if></#list>
