<#ftl strip_whitespace=true>
<#--
  Code tables and small conversions shared by the payment mappings, so both directions of every
  pair read the same table.
-->
<#import "/common/edifact-read.ftl" as e>
<#setting locale="en_US">

<#-- UNCL 4471 settlement (charges) code (FCA) -> ISO 20022 ChargeBearerType1Code. -->
<#assign chargeBearers = {"13": "CRED", "14": "SHAR", "15": "DEBT", "12": "SLEV"}>

<#--
  ISO 20022 payment status (ExternalPaymentGroupStatus1Code, ExternalPaymentTransactionStatus1Code)
  -> the three-character processing indicator (GIS C529/7365, agency 3055 = ZZZ mutually defined)
  a BANSTA carries it in: 7365 is an..3, the ISO codes are four letters.
-->
<#assign statuses = {"ACCP": "ACP", "ACSC": "ACS", "ACSP": "ASP", "ACTC": "ACT", "ACWC": "ACW", "PART": "PRT",
  "PDNG": "PDG", "RCVD": "RCV", "RJCT": "RJT", "ACCC": "ACC", "ACFC": "ACF", "ACWP": "AWP", "BLCK": "BLK"}>

<#-- UNCL 3055 agency of a party id (NAD C082) -> ISO 20022 ExternalOrganisationIdentification1Code. -->
<#assign orgSchemes = {"9": "GS1G", "16": "DUNS"}>

<#-- X12 Identification Code Qualifier (66, N103) -> ISO 20022 organisation id scheme. -->
<#assign x12PartySchemes = {"1": "DUNS", "UL": "GS1G"}>

<#-- ISA05/ISA07 interchange id qualifier for an ISO 20022 organisation id scheme; a BIC travels as ZZ (mutually defined). -->
<#assign x12InterchangeQualifiers = {"DUNS": "01", "GS1G": "14"}>

<#-- The key of a table whose value is code, or "". -->
<#function keyOf table code>
  <#list table as key, value><#if value == code><#return key></#if></#list>
  <#return "">
</#function>

<#-- Whether an account number reads as an IBAN (ISO 13616: country, check digits, up to 30 alphanumerics). -->
<#function isIban number>
  <#return number?matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")>
</#function>

<#-- A decimal sum without float noise and with at least two decimals (1250.5 -> 1250.50). -->
<#function decimal number>
  <#return number?string["0.00#####"]>
</#function>

<#-- A DTM (C507) as an ISO date-time: format 203 (CCYYMMDDHHMM), 204 (…SS) or 102 (CCYYMMDD, midnight). -->
<#function dateTime dtm>
  <#local value = e.v(dtm, "e01_02")>
  <#local format = e.v(dtm, "e01_03")>
  <#if value?length lt 8><#return value></#if>
  <#local date = value[0..3] + "-" + value[4..5] + "-" + value[6..7]>
  <#if format == "203" && value?length == 12><#return date + "T" + value[8..9] + ":" + value[10..11] + ":00"></#if>
  <#if format == "204" && value?length == 14><#return date + "T" + value[8..9] + ":" + value[10..11] + ":" + value[12..13]></#if>
  <#return date + "T00:00:00">
</#function>

<#-- An ISO date-time (2026-11-20T09:15:00, any seconds or zone) as DTM format 203 (202611200915). -->
<#function ccyymmddhhmm isoDateTime>
  <#local text = isoDateTime?trim>
  <#if text?length lt 16><#return text?replace("-", "")></#if>
  <#return text[0..3] + text[5..6] + text[8..9] + text[11..12] + text[14..15]>
</#function>
