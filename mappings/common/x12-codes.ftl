<#ftl strip_whitespace=true>
<#--
  Code tables between X12 004010 and UBL, kept in one place so both directions of the 810 pair
  read the same table. Each table maps the X12 code to the UBL code; toX12() reads it backwards,
  with extra UBL codes listed where several UBL codes mean one X12 code.
-->

<#-- Unit or Basis for Measurement Code (355) -> UN/ECE Recommendation 20. -->
<#assign units = {
  "EA": "EA", "CA": "CS", "LB": "LBR", "PC": "H87", "BX": "BX", "DZ": "DZN", "KG": "KGM",
  "FT": "FOT", "GA": "GLL", "PK": "PK", "RL": "RO", "ST": "SET", "PR": "PR", "MR": "MTR",
  "LT": "LTR", "CT": "CT", "HR": "HUR", "DA": "DAY", "PL": "PF", "OZ": "ONZ", "YD": "YRD"}>
<#-- Rec 20 codes without a table entry of their own: "one" (C62) is counted in eaches, EDIFACT's PCE in pieces. -->
<#assign unitsFromUbl = {"C62": "EA", "PCE": "PC"}>

<#-- Identification Code Qualifier (66, N103) -> ISO 6523 ICD as UBL writes it in schemeID. -->
<#assign idSchemes = {"1": "0060", "9": "DUNS+4", "UL": "0088"}>
<#assign idSchemesFromUbl = {"DUNS": "1", "GLN": "UL"}>

<#-- Interchange ID Qualifier (ISA05/ISA07) for a UBL scheme; see samples/partners.yaml. -->
<#assign interchangeQualifiers = {"0060": "01", "DUNS": "01", "DUNS+4": "16", "0088": "14", "GLN": "14"}>

<#-- Tax Type Code (963, TXI01) -> UNCL 5153 duty/tax/fee type, the TaxScheme ID in UBL. -->
<#assign taxTypes = {"VA": "VAT", "ST": "STT", "LS": "LOC", "GS": "GST", "TX": "OTH"}>

<#-- Reference Identification Qualifier (128) of a party's tax registration -> UBL TaxScheme ID. -->
<#assign taxRegistrations = {"VX": "VAT", "TJ": "TIN"}>

<#-- Service, Promotion, Allowance, or Charge Code (1300, SAC02) -> UNCL 7161, as the EDIFACT pair writes it. -->
<#assign allowanceCharges = {"C310": "DI", "D240": "FC", "H090": "SH", "B720": "AA"}>

<#-- Transaction Type Code (640, BIG07) -> UNCL 1001 invoice type; no BIG07 is a commercial invoice (380). -->
<#assign invoiceTypes = {"CR": "381", "DR": "383", "PR": "325"}>

<#-- The UBL code for an X12 code in a table, or the X12 code itself when the table lacks it. -->
<#function toUbl table code>
  <#return table[code]!code>
</#function>

<#-- The X12 code for a UBL code: the table read backwards, then the extra entries, else the UBL code. -->
<#function toX12 table extra code>
  <#list table as x12, ubl><#if ubl == code><#return x12></#if></#list>
  <#return extra[code]!code>
</#function>
