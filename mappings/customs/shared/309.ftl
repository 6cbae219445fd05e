<#ftl output_format="plainText" strip_whitespace=true ns_prefixes={"D": "urn:entrepot:customs:declaration:1"}>
<#--
  Entrepot customs declaration 1 -> X12 309 (Customs Manifest), included by the 004010 and
  005010 mappings, which set `version` and `functionalId` first. See ../README.md for the table.
  A 309 is a manifest: it carries per goods item what N10 holds (quantity, description of at most
  45 characters, marks, HS code, customs value of at most 8 characters, gross weight, origin) and
  ties goods to a conveyance (VID): all goods items go under the first container. Values an
  element cannot hold stop the translation (MAPPING_FAILED) with the element named.
-->
<#import "/common/ubl-read.ftl" as u>
<#import "/common/x12-write.ftl" as w>
<#import "/customs/shared/customs-codes.ftl" as codes>
<#assign d = Declaration>
<#assign count = 0>
<#macro seg><#assign count = count + 1><#nested>${"\n"}</#macro>

<#macro party code party>
  <#if party?has_content>
  <@seg>N1*${code}*${w.v(u.t(party.Name), "N102", 60)}<#if u.t(party.ID)?has_content>*ZZ*${w.v(u.t(party.ID), "N104", 80)}</#if></@seg>
  <#local address = party.Address>
  <#if u.t(address.Line)?has_content><@seg>N3*${w.v(u.t(address.Line), "N301", 55)}</@seg></#if>
  <#if address?has_content><@seg>N4*${w.v(u.t(address.CityName), "N401", 30)}**${w.v(u.t(address.PostcodeID), "N403", 15)}*${w.v(u.t(address.CountryCode), "N404", 3)}</@seg></#if>
  </#if>
</#macro>

<#assign means = d.BorderTransportMeans>
<#if !means?has_content><#stop "a 309 needs the border transport means (M10: carrier, mode, country, voyage)"></#if>
<#if !d.TransportEquipment?has_content><#stop "a 309 puts goods under a container (VID); the declaration names no TransportEquipment"></#if>
<#assign sender = u.t(d.Agent.ID)?has_content?then(u.t(d.Agent.ID), u.t(d.Declarant.ID))>
<#assign receiver = u.t(d.DeclarationOffice.ID)>
<#assign control = w.controlNumber(entrepot.controlReference)>
<#assign type = u.t(d.TypeCode)>
<#assign body>
${codes.x12Header(version, functionalId, w.v(sender, "ISA06", 15), w.v(receiver, "ISA08", 15), control, entrepot.shortDate, entrepot.date, entrepot.time)}
<@seg>ST*309*0001</@seg>
<@seg>M10*${w.v(u.t(means.CarrierID), "M1001", 4)}*${w.v(codes.modeToX12(u.t(means.ModeCode)), "M1002", 2)}*${w.v(u.t(means.RegistrationNationalityCode), "M1003", 3)}*${w.v(u.t(means.ID), "M1004", 8)}*${w.v(u.t(means.Name), "M1005", 28)}*${w.v(u.t(means.JourneyID), "M1006", 10)}*${w.v(u.t(d.FunctionalReferenceID), "M1007", 30)}**${(type == "830")?then("E", "I")}<#if u.t(means.ID)?has_content>*L</#if></@seg>
<@seg>P4*${w.v(receiver, "P401", 30)}*${u.ccyymmdd(u.t(d.IssueDate))}</@seg>
<@seg>LX*1</@seg>
<@seg>N9*ZZ*${w.v(u.t(d.FunctionCode), "N902", 30)}*FUNCTION</@seg>
<@seg>N9*ZZ*${w.v(type, "N902", 30)}*TYPE</@seg>
<@party "DT" d.Declarant/>
<@party "EX" d.Exporter/>
<@party "IM" d.Importer/>
<@party "CB" d.Agent/>
<#list d.TransportEquipment as equipment>
  <#assign container = u.t(equipment.ID)>
<@seg>VID*CN*${w.v(container[0..<[4, container?length]?min], "VID02", 4)}*${w.v((container?length gt 4)?then(container[4..], ""), "VID03", 10)}</@seg>
  <#if equipment?is_first>
  <#list d.GoodsItem as item>
    <#assign packaging = item.Packaging[0]!{}>
    <#assign gross = item.GrossMassMeasure>
    <#assign value = item.CustomsValueAmount>
<@seg>N10*<#if packaging?has_content>${w.v(u.t(packaging.QuantityQuantity), "N1001", 15)}</#if>*${w.v(u.t(item.Commodity.Description), "N1002", 45)}*<#if packaging?has_content>${w.v(u.t(packaging.MarksNumbersID), "N1003", 48)}</#if>*H*${w.v(u.t(item.Commodity.ClassificationID), "N1005", 30)}*${w.v(u.t(value), "N1006", 8)}*<#if gross?has_content>${w.v(codes.x12WeightUnits[u.a(gross, "unitCode")]!u.a(gross, "unitCode"), "N1007", 1)}*${w.v(u.t(gross), "N1008", 10)}<#else>*</#if>*${u.t(item.SequenceNumeric)}*<#if packaging?has_content>${w.v(u.t(packaging.TypeCode), "N1010", 3)}</#if>*${w.v(u.t(item.OriginCountryCode), "N1011", 3)}**<#if value?has_content>${w.v(u.a(value, "currencyID"), "N1013", 3)}</#if></@seg>
  </#list>
  </#if>
</#list>
SE*${count + 1}*0001
GE*1*${control?number?c}
IEA*1*${control}
</#assign>
<#-- Template indentation is not part of the interchange: one segment per line, no empty trailing elements. -->
<#list body?split("\n") as line><#if line?trim?has_content>${line?trim?replace("\\*+$", "", "r")}~
</#if></#list>
