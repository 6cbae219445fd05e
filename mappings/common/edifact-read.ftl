<#ftl strip_whitespace=true>
<#--
  Reading the gateway's EDI model from FreeMarker. A segment is a hash of its data elements:
  e01 (simple element 1), e02_01 (composite 2, component 1), e03r2_01 (second repetition).
  A group (SG1, H_N1 …) or the message is a hash of its children by tag or code, each lookup a
  list that reads as its first member: message.BGM, message.SG2, group.NAD.
  The functions are the gateway's own (Java), because templates call them on every value.
-->

<#-- v(segment, key): the value of data element key, or "" when the segment or the element is absent. -->
<#assign v = entrepot.edi.v>

<#-- first(segments, key, value): the first segment whose element key equals value, or an empty hash. -->
<#assign first = entrepot.edi.first>

<#-- group(groups, tag, key, value): the first group whose tag segment has element key equal to value, or an empty hash. -->
<#assign group = entrepot.edi.group>

<#-- dtm(segments, qualifier): DTM value for a qualifier (C507: 2005 qualifier, 2380 value), or "". -->
<#assign dtm = entrepot.edi.dtm>

<#-- moa(segments, qualifier): MOA amount for a qualifier (C516: 5025 qualifier, 5004 amount), or "". -->
<#assign moa = entrepot.edi.moa>

<#-- date(value): format 102 (CCYYMMDD) as an ISO date; other lengths pass through. -->
<#assign date = entrepot.edi.date>

<#-- itemNumber(pias, type): the item number of a type (7143) from any of the five C212 positions of the PIA segments. -->
<#assign itemNumber = entrepot.edi.itemNumber>
