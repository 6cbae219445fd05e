<#ftl strip_whitespace=true>
<#--
  Code tables of the shipping family, read by both directions of each pair so that a code written
  out comes back as the same value. Each table maps the EDI code to the XML value; codes.fromXml()
  reads one backwards.
-->

<#-- UNB/UNG identification code qualifier (0007) -> ISO 6523 ICD in schemeID; X12 ISA05/07 the same. -->
<#assign edifactSchemes = {"14": "0088", "16": "0060"}>
<#assign x12Schemes = {"14": "0088", "01": "0060"}>
<#-- NAD C082 3055 code list agency (9 = GS1, 16 = D&B) -> schemeID; X12 N103 (UL = GLN, 1 = DUNS). -->
<#assign edifactAgencies = {"9": "0088", "16": "0060"}>
<#assign x12IdQualifiers = {"UL": "0088", "1": "0060"}>

<#-- BGM 1225 message function -> DocumentStatus; X12 B2A01 transaction set purpose. -->
<#assign edifactFunctions = {"9": "ORIGINAL", "5": "REPLACEMENT", "1": "CANCELLATION"}>
<#assign x12Purposes = {"00": "ORIGINAL", "05": "REPLACEMENT", "01": "CANCELLATION"}>

<#-- DOC C002 1001 document name -> TransportDocumentType (705 bill of lading, 710 sea waybill). -->
<#assign documentTypes = {"705": "BOL", "710": "SWB"}>

<#-- CPI 4237 prepaid-collect indicator; X12 B206 shipment method of payment. -->
<#assign edifactPayments = {"P": "PRE", "C": "COL"}>
<#assign x12Payments = {"PP": "PRE", "CC": "COL"}>

<#-- SEL C215 9303 sealing party; X12 M705 entity. -->
<#assign sealSources = {"CA": "CAR", "SH": "SHI", "CU": "CUS"}>

<#-- EQD 8077 equipment supplier: 1 shipper supplied, 2 carrier supplied. -->
<#assign suppliers = {"1": "true", "2": "false"}>

<#-- X12 LAD01 / UN/ECE Rec 21 package codes: X12 211 packaging form -> Rec 21. -->
<#assign x12Packages = {"CTN": "CT", "PLT": "PX", "BOX": "BX", "BAG": "BG", "CAS": "CS", "DRM": "DR", "CRT": "CR", "PCS": "PC"}>

<#-- X12 weight unit (188: K kilograms, L pounds) and volume unit (184: X cubic metres, E cubic feet) -> Rec 20. -->
<#assign x12Weights = {"K": "KGM", "L": "LBR"}>
<#assign x12Volumes = {"X": "MTQ", "E": "FTQ"}>

<#-- The EDI code for an XML value: the table read backwards, or "" when it has none. -->
<#function fromXml table value>
  <#list table as code, xml><#if xml == value><#return code></#if></#list>
  <#return "">
</#function>

<#-- BGM 4343 response type of a booking confirmation -> DCSA-style booking status. -->
<#assign bookingStatuses = {"AP": "CONFIRMED", "CA": "PENDING_UPDATE", "RE": "REJECTED"}>

<#-- X12 B104 reservation action code: of a 301 -> booking status; of a 300 -> DocumentStatus. -->
<#assign x12BookingStatuses = {"A": "CONFIRMED", "D": "REJECTED"}>
<#assign x12Reservations = {"N": "ORIGINAL", "R": "REPLACEMENT", "D": "CANCELLATION"}>
