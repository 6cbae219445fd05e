<#ftl strip_whitespace=true>
<#--
  Code tables of the transport status family, read by both directions of each pair.
-->

<#-- DCSA event type codes -> [EDIFACT STS status code (4405, an..3, code list ZZZ), DCSA event type]. -->
<#assign events = {
  "LOAD": ["LOA", "EQUIPMENT"], "DISC": ["DIS", "EQUIPMENT"], "GTIN": ["GTI", "EQUIPMENT"], "GTOT": ["GTO", "EQUIPMENT"],
  "STUF": ["STU", "EQUIPMENT"], "STRP": ["STR", "EQUIPMENT"], "PICK": ["PIC", "EQUIPMENT"], "DROP": ["DRO", "EQUIPMENT"],
  "INSP": ["INS", "EQUIPMENT"], "RSEA": ["RSE", "EQUIPMENT"], "RMVD": ["RMV", "EQUIPMENT"],
  "ARRI": ["ARR", "TRANSPORT"], "DEPA": ["DEP", "TRANSPORT"],
  "RECE": ["REC", "SHIPMENT"], "DRFT": ["DRF", "SHIPMENT"], "PENA": ["PNA", "SHIPMENT"], "PENU": ["PNU", "SHIPMENT"],
  "REJE": ["REJ", "SHIPMENT"], "APPR": ["APR", "SHIPMENT"], "ISSU": ["ISS", "SHIPMENT"], "SURR": ["SUR", "SHIPMENT"],
  "SUBM": ["SUB", "SHIPMENT"], "VOID": ["VOI", "SHIPMENT"], "CONF": ["CON", "SHIPMENT"], "REQS": ["REQ", "SHIPMENT"],
  "CMPL": ["CMP", "SHIPMENT"], "HOLD": ["HLD", "SHIPMENT"], "RELS": ["REL", "SHIPMENT"]}>

<#-- X12 214 AT701 shipment status code (1650) -> DCSA event type code: the road leg a 214 reports. -->
<#assign x12Statuses = {"X3": "PICK", "AF": "GTOT", "X1": "GTIN", "D1": "DROP", "X4": "ARRI", "P1": "DEPA"}>

<#-- X12 time code (623) -> UTC offset. Writing, an offset without a code stops the mapping. -->
<#assign x12TimeCodes = {"UT": "Z", "ES": "-05:00", "CS": "-06:00", "MS": "-07:00", "PS": "-08:00", "AS": "-09:00", "HS": "-10:00", "AT": "-04:00"}>

<#-- RFF 1153 / X12 L11 qualifier (128) -> DCSA document reference type. -->
<#assign documentTypes = {"BN": "BKG", "BM": "TRD"}>

<#-- EQD 8169 full/empty indicator -> DCSA empty indicator. -->
<#assign fullEmpty = {"4": "EMPTY", "5": "LADEN"}>

<#-- The EDIFACT status code of a DCSA event type code, the DCSA code of an EDIFACT one. -->
<#function edifactStatus code>
  <#if !events[code]??><#stop "the event type code " + code + " is not one the gateway knows (see mappings/transport/common/transport-codes.ftl)"></#if>
  <#return events[code][0]>
</#function>
<#function dcsaCode status>
  <#list events as code, entry><#if entry[0] == status><#return code></#if></#list>
  <#stop "the status code " + status + " is not one the gateway knows (see mappings/transport/common/transport-codes.ftl)">
</#function>

<#function fromXml table value>
  <#list table as code, xml><#if xml == value><#return code></#if></#list>
  <#return "">
</#function>

<#-- X12 315 B403 shipment status code (157) -> DCSA event type code: the ocean leg a 315 reports. -->
<#assign x12OceanStatuses = {"I": "GTIN", "OA": "GTOT", "AE": "LOAD", "UV": "DISC", "VD": "DEPA", "VA": "ARRI",
  "EE": "PICK", "RD": "DROP"}>

<#-- X12 315 DTM01 date/time qualifier (374) of the activity location (R4 5) -> DCSA event classifier. -->
<#assign x12Classifiers = {"140": "ACT", "139": "EST"}>

<#-- X12 315 B409 equipment status code (578) -> DCSA empty indicator. -->
<#assign x12EmptyIndicators = {"E": "EMPTY", "L": "LADEN"}>
