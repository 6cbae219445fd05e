<#ftl strip_whitespace=true>
<#--
  Code tables of the order family (orders, order responses, order changes), shared by every
  direction so that each pair reads the same table both ways. Tables map the EDI code to the
  UBL code; common/x12-codes.ftl's toUbl/toX12 read them in either direction.
-->

<#--
  Where each business group sits in an EDIFACT message: segment group numbers differ between
  message types and directories (the LIN group is SG25 in ORDERS D.96A, SG28 in D.01B), the
  content does not. Key: message type and directory as UNH states them.
-->
<#assign edifactGroups = {
  "ORDERS-96A": {"charge": "SG18", "chargeAmount": "SG21", "lineCharge": "SG39", "lineChargeAmount": "SG42", "party": "SG2", "partyReference": "SG3", "contact": "SG5", "currency": "SG7", "terms": "SG8", "deliveryTerms": "SG11", "line": "SG25", "price": "SG28"},
  "ORDERS-01B": {"charge": "SG19", "chargeAmount": "SG22", "lineCharge": "SG43", "lineChargeAmount": "SG46", "party": "SG2", "partyReference": "SG3", "contact": "SG5", "currency": "SG7", "terms": "SG8", "deliveryTerms": "SG12", "line": "SG28", "price": "SG32"},
  "ORDRSP-96A": {"charge": "SG19", "chargeAmount": "SG22", "lineCharge": "SG41", "lineChargeAmount": "SG44", "party": "SG3", "partyReference": "SG4", "contact": "SG6", "currency": "SG8", "terms": "SG9", "deliveryTerms": "SG12", "line": "SG26", "price": "SG30"},
  "ORDRSP-01B": {"charge": "SG19", "chargeAmount": "SG22", "lineCharge": "SG41", "lineChargeAmount": "SG44", "party": "SG3", "partyReference": "SG4", "contact": "SG6", "currency": "SG8", "terms": "SG9", "deliveryTerms": "SG12", "line": "SG26", "price": "SG30"},
  "ORDCHG-96A": {"charge": "SG19", "chargeAmount": "SG22", "lineCharge": "SG41", "lineChargeAmount": "SG44", "party": "SG3", "partyReference": "SG4", "contact": "SG6", "currency": "SG8", "terms": "SG9", "deliveryTerms": "SG12", "line": "SG26", "price": "SG30"},
  "ORDCHG-01B": {"charge": "SG20", "chargeAmount": "SG23", "lineCharge": "SG43", "lineChargeAmount": "SG46", "party": "SG3", "partyReference": "SG4", "contact": "SG6", "currency": "SG8", "terms": "SG9", "deliveryTerms": "SG13", "line": "SG27", "price": "SG32"}}>

<#-- The EDIFACT message and BGM document name code (UNCL 1001) of each UBL document. -->
<#assign edifactMessages = {"Order": "ORDERS", "OrderResponse": "ORDRSP", "OrderChange": "ORDCHG"}>
<#assign documentNames = {"Order": "220", "OrderResponse": "231", "OrderChange": "230"}>

<#-- X12 transaction set and functional identifier code (GS01) of each UBL document. -->
<#assign x12Sets = {"Order": "850", "OrderResponse": "855", "OrderChange": "860"}>
<#assign functionalGroups = {"Order": "PO", "OrderResponse": "PR", "OrderChange": "PC"}>

<#-- EDIFACT units (UNCL 6411 as partners send them) -> UN/ECE Recommendation 20, as the invoice pair reads them. -->
<#assign edifactUnits = {"PCE": "H87", "EA": "EA", "KGM": "KGM", "MTR": "MTR", "LTR": "LTR", "SET": "SET", "PR": "PR"}>
<#assign edifactUnitsFromUbl = {"C62": "PCE"}>

<#-- Purchase Order Type Code (92, BEG02/BCH02) -> UNCL 1001 document name: stand-alone, blanket, release. -->
<#assign orderTypes = {"SA": "220", "BK": "221", "RL": "226"}>

<#-- Acknowledgment Type (587, BAK02) -> UNCL 4343 response type (OrderResponseCode). -->
<#assign responseTypes = {"AD": "AP", "AC": "CA", "RJ": "RE"}>

<#-- UNCL 4343 response type -> UNCL 1225 message function that ORDRSP states with it in BGM. -->
<#assign responseFunctions = {"AP": "29", "CA": "4", "RE": "27"}>

<#-- Line Item Status Code (668, ACK01) -> UNCL 1229 action (LIN 1229, UBL LineStatusCode). -->
<#assign lineAcknowledgments = {"IA": "5", "IC": "3", "IR": "7"}>

<#-- Change or Response Type Code (670, POC02) -> UNCL 1229 action: add, delete, change. -->
<#assign lineChanges = {"AI": "1", "DI": "2", "CA": "3"}>
