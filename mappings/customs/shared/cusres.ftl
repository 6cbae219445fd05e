<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:customs:response:1"}>
<#--
  Entrepot customs response 1 -> EDIFACT CUSRES, included by the D.96A and D.01B mappings, which
  set `directory` first. The two directories place parties, references and errors differently:
  D.96A has NAD and FTX in the header and errors as ERP + ERC (SG1), their descriptions as header
  FTX AAO in the same order (at most five); D.01B has NAD in SG1, RFF in SG3 and each error as
  ERP + ERC + FTX in SG4. See ../README.md for the field table.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/edifact-write.ftl" as w>
<#import "/customs/shared/customs-codes.ftl" as codes>
<#assign r = Response>
<#assign d01b = directory == "01B">
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#assign count = 0>
<#macro seg tag elements><#assign count = count + 1>${codes.s(tag, elements)}'
</#macro>

<#-- D.96A has no place for the segment tag in ERP: it travels as the FTX's text identification (C107 4441). -->
<#macro description error tag>
  <@seg "FTX", ["AAO", "", tag, codes.c(w.chunks(u.t(error.Description), 70, 5)?map(p -> esc(p)))]/>
</#macro>

<#macro errorPoint error>
  <#local pointer = error.Pointer>
  <#-- D.96A's ERP requires C701; rather than invent a section, an error without a pointer stops the mapping. -->
  <#if !d01b && !pointer?has_content>
    <#stop "CUSRES D.96A needs an error point (ERP C701) for every error; error " + u.t(error.ValidationCode) + " has no Pointer">
  </#if>
  <@seg "ERP", [codes.c([esc(u.t(pointer.DocumentSectionCode)), esc(u.t(pointer.SequenceNumeric))]), d01b?then(esc(u.t(pointer.TagID)), "")]/>
</#macro>

<#assign sender = u.t(r.DeclarationOffice.ID)>
<#assign receiver = u.t(r.Declarant.ID)>
<#assign body>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(sender)}:ZZZ+${esc(receiver)}:ZZZ+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++CUSRES'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(sender)}:ZZZ+${esc(receiver)}:ZZZ+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++CUSRES'
</#if>
<@seg "UNH", ["1", "CUSRES:D:" + directory + ":UN"]/>
<@seg "BGM", ["962", esc(u.t(r.ID)), esc(u.t(r.FunctionCode))]/>
<#assign party = ["DT", esc(receiver), "", codes.c(w.chunks(u.t(r.Declarant.Name), 35, 2)?map(p -> esc(p)))]>
<#if d01b>
<@seg "DTM", ["137:" + u.ccyymmdd(u.t(r.IssueDate)) + ":102"]/>
<@seg "LOC", ["41", esc(sender)]/>
<@seg "GIS", [esc(u.t(r.StatusCode))]/>
<@seg "NAD", party/>
<@seg "RFF", ["ABO:" + esc(u.t(r.FunctionalReferenceID))]/>
<#if u.t(r.MRN)?has_content><@seg "RFF", ["ABT:" + esc(u.t(r.MRN))]/></#if>
<#list r.Error as error>
<@errorPoint error/>
<@seg "ERC", [esc(u.t(error.ValidationCode))]/>
<#if u.t(error.Description)?has_content><@description error ""/></#if>
</#list>
<#else>
<@seg "NAD", party/>
<@seg "LOC", ["41", esc(sender)]/>
<@seg "DTM", ["137:" + u.ccyymmdd(u.t(r.IssueDate)) + ":102"]/>
<@seg "GIS", [esc(u.t(r.StatusCode))]/>
<#list r.Error as error><#if error?index lt 5><@description error esc(u.t(error.Pointer.TagID))/></#if></#list>
<#list r.Error as error>
<@errorPoint error/>
<@seg "ERC", [esc(u.t(error.ValidationCode))]/>
</#list>
<@seg "RFF", ["ABO:" + esc(u.t(r.FunctionalReferenceID))]/>
<#if u.t(r.MRN)?has_content><@seg "RFF", ["ABT:" + esc(u.t(r.MRN))]/></#if>
</#if>
UNT+${count + 1}+1'
UNZ+1+${entrepot.controlReference}'
</#assign>
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim}
</#if></#list>
