<#ftl strip_whitespace=true>
<#--
  Writing X12 from FreeMarker with the delimiters * (element), > (component) and ~ (segment).
  X12 has no release character: a value that contains a delimiter cannot be written at all, so
  v() stops the mapping with a sentence naming the element instead of corrupting the interchange.
  Templates pass every value they write through v() (or n2(), which checks its own input).
-->

<#-- The delimiters this interchange declares; none may appear inside a value. -->
<#assign delimiters = ["*", ">", "~"]>

<#--
  A value for element `element` (e.g. "N102") of at most `max` characters: line breaks become
  spaces; a delimiter or an over-long value stops the translation (MAPPING_FAILED).
-->
<#function v value element max>
  <#local text = value?string?replace("\r\n", " ")?replace("\n", " ")?replace("\r", " ")>
  <#list delimiters as delimiter>
    <#if text?contains(delimiter)>
      <#stop element + " cannot carry " + quoted(text) + ": '" + delimiter
          + "' is an X12 delimiter and X12 has no release character">
    </#if>
  </#list>
  <#if text?length gt max>
    <#stop element + " allows " + max + " characters; " + quoted(text) + " has " + text?length>
  </#if>
  <#return text>
</#function>

<#-- A decimal amount ("349.92", "45") as an N2 value with two implied decimals ("34992", "4500"). -->
<#function n2 amount element>
  <#local text = amount?string?trim>
  <#if !text?matches("-?([0-9]+(\\.[0-9]{0,2})?|\\.[0-9]{1,2})")>
    <#stop element + " carries amounts with at most two decimals; " + quoted(text) + " is not one">
  </#if>
  <#local negative = text?starts_with("-")>
  <#local unsigned = negative?then(text[1..], text)>
  <#local whole = unsigned?contains(".")?then(unsigned?keep_before("."), unsigned)>
  <#local fraction = unsigned?contains(".")?then(unsigned?keep_after("."), "")>
  <#local digits = (whole + fraction?right_pad(2, "0"))?replace("^0+(?=[0-9])", "", "r")>
  <#return v(negative?then("-", "") + digits, element, 15)>
</#function>

<#-- A value padded with spaces to a fixed width (ISA06, ISA08); longer values stop the mapping. -->
<#function fixed value element width>
  <#return v(value, element, width)?right_pad(width)>
</#function>

<#--
  The interchange control number (ISA13, 9 digits) for a gateway control reference. A reference
  of 1 to 9 decimal digits is used as it is. Any other reference (today's are base-36 timestamps
  with a counter, such as "MHU3K2QF") is read as a base-36 number and reduced modulo 10^9: the
  gateway's references grow by at least one per document, so two interchanges share a number
  only when made 10^9 milliseconds (about 11.5 days) apart.
-->
<#function controlNumber reference>
  <#local text = reference?string?upper_case>
  <#if text?matches("[0-9]{1,9}")><#return text?left_pad(9, "0")></#if>
  <#local alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ">
  <#local number = 0>
  <#list 0..<text?length as i>
    <#local digit = alphabet?index_of(text[i])>
    <#if digit lt 0><#stop "the control reference " + quoted(reference) + " is neither decimal nor base 36"></#if>
    <#local number = (number * 36 + digit) % 1000000000>
  </#list>
  <#return number?c?left_pad(9, "0")>
</#function>

<#--
  Free text in pieces of at most max characters, at most count pieces (NTE02 is AN 1/80), broken
  at the last space that fits so that words stay whole; a word longer than max is cut.
-->
<#function chunks text max count>
  <#local pieces = []>
  <#local rest = text?trim>
  <#list 1..count as i>
    <#if !rest?has_content><#break></#if>
    <#local cut = rest?length>
    <#if cut gt max>
      <#local space = rest[0..max]?last_index_of(" ")>
      <#local cut = (space gt 0)?then(space, max)>
    </#if>
    <#local pieces = pieces + [rest[0..<cut]?trim]>
    <#local rest = rest[cut..]?trim>
  </#list>
  <#return pieces>
</#function>

<#-- A value quoted for an error message, cut short so a long value does not drown the sentence. -->
<#function quoted text>
  <#return "'" + (text?length gt 40)?then(text[0..<40] + "…", text) + "'">
</#function>
