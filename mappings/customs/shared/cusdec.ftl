<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:customs:declaration:1"}>
<#--
  Entrepot customs declaration 1 -> EDIFACT CUSDEC, included by the D.96A and D.01B mappings,
  which set `directory` ("96A" or "01B") first. See ../README.md for the field table.
  Latin-1 text goes out as UNOC syntax 3; anything else (Chinese names, say) as UNOW syntax 4.
  Every value passes through esc() (release characters); numbers are copied as written.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/edifact-write.ftl" as w>
<#import "/customs/shared/customs-codes.ftl" as codes>
<#assign d = Declaration>
<#assign syntax4 = !entrepot.latin1>
<#assign esc = syntax4?then(w.r4, w.r)>
<#assign count = 0>
<#macro seg tag elements><#assign count = count + 1>${codes.s(tag, elements)}'
</#macro>

<#macro nad qualifier party>
  <#if party?has_content>
    <#local address = party.Address>
    <@seg "NAD", [qualifier, esc(u.t(party.ID)), "", codes.c(w.chunks(u.t(party.Name), 35, 2)?map(p -> esc(p))),
        esc(u.t(address.Line)), esc(u.t(address.CityName)), "", esc(u.t(address.PostcodeID)), esc(u.t(address.CountryCode))]/>
  </#if>
</#macro>

<#function amount node>
  <#return node?has_content?then(u.t(node) + ":" + esc(u.a(node, "currencyID")), "")>
</#function>

<#assign sender = u.t(d.Agent.ID)?has_content?then(u.t(d.Agent.ID), u.t(d.Declarant.ID))>
<#assign receiver = u.t(d.DeclarationOffice.ID)>
<#assign means = d.BorderTransportMeans>
<#assign body>
<#if syntax4>
UNA:+.?*'
UNB+UNOW:4+${esc(sender)}:ZZZ+${esc(receiver)}:ZZZ+${entrepot.date}:${entrepot.time}+${entrepot.controlReference}++CUSDEC'
<#else>
UNA:+.? '
UNB+UNOC:3+${esc(sender)}:ZZZ+${esc(receiver)}:ZZZ+${entrepot.shortDate}:${entrepot.time}+${entrepot.controlReference}++CUSDEC'
</#if>
<@seg "UNH", ["1", "CUSDEC:D:" + directory + ":UN"]/>
<@seg "BGM", [esc(u.t(d.TypeCode)), esc(u.t(d.FunctionalReferenceID)), esc(u.t(d.FunctionCode))]/>
<@seg "LOC", ["41", esc(receiver)]/>
<@seg "DTM", ["137:" + u.ccyymmdd(u.t(d.IssueDate)) + ":102"]/>
<#list d.TransportEquipment as equipment><@seg "EQD", ["CN", esc(u.t(equipment.ID))]/></#list>
<#if means?has_content>
<@seg "TDT", ["20", esc(u.t(means.JourneyID)), esc(u.t(means.ModeCode)), "", esc(u.t(means.CarrierID)), "", "",
    codes.c([esc(u.t(means.ID)), "", "", esc(u.t(means.Name)), esc(u.t(means.RegistrationNationalityCode))])]/>
</#if>
<@nad "DT" d.Declarant/>
<@nad "EX" d.Exporter/>
<@nad "IM" d.Importer/>
<@nad "AE" d.Agent/>
<@seg "UNS", ["D"]/>
<#list d.GoodsItem as item>
  <#assign procedure = item.GovernmentProcedure>
  <@seg "CST", [u.t(item.SequenceNumeric), esc(u.t(item.Commodity.ClassificationID)) + ":HS",
      procedure?has_content?then(esc(u.t(procedure.CurrentCode)) + ":CPC", ""),
      u.t(procedure.PreviousCode)?has_content?then(esc(u.t(procedure.PreviousCode)) + ":PPC", "")]/>
  <@seg "FTX", ["AAA", "", "", codes.c(w.chunks(u.t(item.Commodity.Description), 70, 5)?map(p -> esc(p)))]/>
  <#if u.t(item.OriginCountryCode)?has_content><@seg "LOC", ["27", esc(u.t(item.OriginCountryCode))]/></#if>
  <#if item.GrossMassMeasure?has_content><@seg "MEA", ["WT", "G", esc(u.a(item.GrossMassMeasure, "unitCode")) + ":" + u.t(item.GrossMassMeasure)]/></#if>
  <#if item.NetMassMeasure?has_content><@seg "MEA", ["WT", "AAA", esc(u.a(item.NetMassMeasure, "unitCode")) + ":" + u.t(item.NetMassMeasure)]/></#if>
  <#list item.Packaging as packaging>
  <@seg "PAC", [u.t(packaging.QuantityQuantity), "", esc(u.t(packaging.TypeCode))]/>
  <#if u.t(packaging.MarksNumbersID)?has_content><@seg "PCI", ["28", esc(u.t(packaging.MarksNumbersID))]/></#if>
  </#list>
  <#if item.CustomsValueAmount?has_content><@seg "MOA", ["40:" + amount(item.CustomsValueAmount)]/></#if>
  <#if item.StatisticalValueAmount?has_content><@seg "MOA", ["123:" + amount(item.StatisticalValueAmount)]/></#if>
  <#list item.PreviousDocument as document>
    <#assign type = u.t(document.TypeCode)>
  <@seg "DOC", [(type?length gt 3)?then("ZZZ:::" + esc(type), esc(type)), esc(u.t(document.ID))]/>
  </#list>
</#list>
<@seg "UNS", ["S"]/>
<@seg "CNT", ["5:" + d.GoodsItem?size]/>
UNT+${count + 1}+1'
UNZ+1+${entrepot.controlReference}'
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, nothing around it. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim}
</#if></#list>
