<#ftl strip_whitespace=true>
<#--
  Code tables of the 856 mappings, X12 code -> UBL code, read backwards by codes.toX12 on the
  way out. A code without an entry passes through unchanged.
-->

<#-- Transportation Method/Type Code (91, TD504) -> UN/ECE Recommendation 19 transport mode. -->
<#assign transportModes = {"S": "1", "R": "2", "M": "3", "A": "4", "X": "8"}>

<#-- Packaging Code (103, TD101: form + material) -> UN/ECE Recommendation 21 package type, as DESADV PAC writes it. -->
<#assign packaging = {"PLT94": "PX", "CTN25": "CT", "BOX25": "BX", "BAG31": "BG", "DRM": "DR", "CAS": "CS"}>
