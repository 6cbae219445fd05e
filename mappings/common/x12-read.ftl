<#ftl strip_whitespace=true>
<#--
  Reading an X12 transaction set from the gateway's EDI node model. Generic access (v, first,
  group) is in edifact-read.ftl, which works on any segment; these are the X12 specifics.
  Loops carry the codes of the StAEDI schema: H_ heading, D_ detail, S_ summary (H_N1, D_IT1, S_SAC).
-->

<#-- The functions are the gateway's own (Java, translate/edi/EdiFunctions), because templates call them on every line. -->

<#-- n2(value): an Nn value with two implied decimals (TDS01, SAC05: "34992") as a decimal ("349.92"); "" stays "". -->
<#assign n2 = entrepot.edi.x12Implied2>

<#-- dtm(nodes, qualifier): the date (DTM02) of the first DTM with a qualifier (DTM01), or "". -->
<#assign dtm = entrepot.edi.x12Value>

<#-- ref(nodes, qualifier): the identification (REF02) of the first REF with a qualifier (REF01), or "". -->
<#assign ref = entrepot.edi.x12Value>

<#--
  productIds(segment, first, last): the product identifiers of a line segment as a sequence of
  [qualifier, id] pairs, from the given element position on (IT106/IT107 … IT124/IT125: first = 6, last = 24).
-->
<#assign productIds = entrepot.edi.x12ProductIds>

<#-- communications(per): the communication numbers of a PER segment as a hash qualifier -> number (TE, FX, EM …); the first of each wins. -->
<#assign communications = entrepot.edi.x12Communications>
