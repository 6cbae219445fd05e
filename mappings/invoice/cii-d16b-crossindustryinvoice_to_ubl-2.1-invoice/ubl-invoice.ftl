<#ftl output_format="XML" strip_whitespace=true ns_prefixes={
  "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
  "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
  "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
  "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"}>
<#--
  UN/CEFACT Cross Industry Invoice D16B (EN 16931) -> UBL 2.1 Invoice. See ../README.md; the
  field table is the one of ubl-2.1-invoice_to_cii-d16b-crossindustryinvoice read backwards.
  Dates in format 102 become ISO dates; every amount takes InvoiceCurrencyCode.
-->
<#import "/common/ubl-read.ftl" as u>
<#-- The credit-note mapping includes this template with creditNote set: the same values, UBL's CreditNote names. -->
<#assign creditNote = creditNote!false>
<#assign root = creditNote?then("CreditNote", "Invoice")>
<#assign typeElement = creditNote?then("cbc:CreditNoteTypeCode", "cbc:InvoiceTypeCode")>
<#assign lineElement = creditNote?then("cac:CreditNoteLine", "cac:InvoiceLine")>
<#assign quantityElement = creditNote?then("cbc:CreditedQuantity", "cbc:InvoicedQuantity")>
<#assign cii = CrossIndustryInvoice>
<#assign document = cii["rsm:ExchangedDocument"]>
<#assign transaction = cii["rsm:SupplyChainTradeTransaction"]>
<#assign agreement = transaction["ram:ApplicableHeaderTradeAgreement"]>
<#assign delivery = transaction["ram:ApplicableHeaderTradeDelivery"]>
<#assign settlement = transaction["ram:ApplicableHeaderTradeSettlement"]>
<#assign currency = u.t(settlement["ram:InvoiceCurrencyCode"])>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro amount name value><#if value?has_content><${name} currencyID="${currency}">${value}</${name}></#if></#macro>
<#macro id name value scheme><#if value?has_content><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${value}</${name}></#if></#macro>

<#-- A format 102 date string (CCYYMMDD) as an ISO date, or "". -->
<#function iso nodes>
  <#local value = u.t(nodes)>
  <#return (value?length == 8)?then(value[0..3] + "-" + value[4..5] + "-" + value[6..7], value)>
</#function>

<#-- [identifier, scheme] of a trade party: GlobalID with its scheme, else ID. -->
<#function partyId party>
  <#if u.t(party["ram:GlobalID"])?has_content><#return [u.t(party["ram:GlobalID"]), u.a(party["ram:GlobalID"], "schemeID")]></#if>
  <#return [u.t(party["ram:ID"]), ""]>
</#function>

<#macro address address element>
  <#if address?has_content>
  <${element}>
    <@el "cbc:StreetName" u.t(address["ram:LineOne"])/>
    <@el "cbc:AdditionalStreetName" u.t(address["ram:LineTwo"])/>
    <@el "cbc:CityName" u.t(address["ram:CityName"])/>
    <@el "cbc:PostalZone" u.t(address["ram:PostcodeCode"])/>
    <@el "cbc:CountrySubentity" u.t(address["ram:CountrySubDivisionName"])/>
    <#if u.t(address["ram:CountryID"])?has_content><cac:Country><cbc:IdentificationCode>${u.t(address["ram:CountryID"])}</cbc:IdentificationCode></cac:Country></#if>
  </${element}>
  </#if>
</#macro>

<#macro party party>
  <#local identifier = partyId(party)>
  <#local trading = party["ram:SpecifiedLegalOrganization"]?has_content?then(u.t(party["ram:SpecifiedLegalOrganization/ram:TradingBusinessName"]), "")>
  <cac:Party>
    <#if party["ram:URIUniversalCommunication"]?has_content>
    <@id "cbc:EndpointID" u.t(party["ram:URIUniversalCommunication/ram:URIID"]) u.a(party["ram:URIUniversalCommunication/ram:URIID"], "schemeID")/>
    </#if>
    <#if identifier[0]?has_content><cac:PartyIdentification><@id "cbc:ID" identifier[0] identifier[1]/></cac:PartyIdentification></#if>
    <cac:PartyName><cbc:Name>${trading?has_content?then(trading, u.t(party["ram:Name"]))}</cbc:Name></cac:PartyName>
    <@address party["ram:PostalTradeAddress"] "cac:PostalAddress"/>
    <#list party["ram:SpecifiedTaxRegistration/ram:ID"] as registration>
    <cac:PartyTaxScheme>
      <cbc:CompanyID>${registration?trim}</cbc:CompanyID>
      <cac:TaxScheme><cbc:ID>${(u.a(registration, "schemeID") == "VA")?then("VAT", "TIN")}</cbc:ID></cac:TaxScheme>
    </cac:PartyTaxScheme>
    </#list>
    <#if trading?has_content><cac:PartyLegalEntity><cbc:RegistrationName>${u.t(party["ram:Name"])}</cbc:RegistrationName></cac:PartyLegalEntity></#if>
    <#local contact = party["ram:DefinedTradeContact"]>
    <#if contact?has_content>
    <cac:Contact>
      <@el "cbc:Name" u.t(contact["ram:PersonName"])/>
      <#if contact["ram:TelephoneUniversalCommunication"]?has_content><@el "cbc:Telephone" u.t(contact["ram:TelephoneUniversalCommunication/ram:CompleteNumber"])/></#if>
      <#if contact["ram:FaxUniversalCommunication"]?has_content><@el "cbc:Telefax" u.t(contact["ram:FaxUniversalCommunication/ram:CompleteNumber"])/></#if>
      <#if contact["ram:EmailURIUniversalCommunication"]?has_content><@el "cbc:ElectronicMail" u.t(contact["ram:EmailURIUniversalCommunication/ram:URIID"])/></#if>
    </cac:Contact>
    </#if>
  </cac:Party>
</#macro>

<#macro taxCategory tax element>
  <${element}>
    <cbc:ID>${u.t(tax["ram:CategoryCode"])}</cbc:ID>
    <@el "cbc:Percent" u.t(tax["ram:RateApplicablePercent"])/>
    <cac:TaxScheme><cbc:ID>${u.t(tax["ram:TypeCode"])}</cbc:ID></cac:TaxScheme>
  </${element}>
</#macro>

<#macro allowanceCharge ac>
  <cac:AllowanceCharge>
    <cbc:ChargeIndicator>${u.t(ac["ram:ChargeIndicator/udt:Indicator"])}</cbc:ChargeIndicator>
    <@el "cbc:AllowanceChargeReasonCode" u.t(ac["ram:ReasonCode"])/>
    <@el "cbc:AllowanceChargeReason" u.t(ac["ram:Reason"])/>
    <@el "cbc:MultiplierFactorNumeric" u.t(ac["ram:CalculationPercent"])/>
    <@amount "cbc:Amount" u.t(ac["ram:ActualAmount"])/>
    <@amount "cbc:BaseAmount" u.t(ac["ram:BasisAmount"])/>
    <#if ac["ram:CategoryTradeTax"]?has_content><@taxCategory ac["ram:CategoryTradeTax"] "cac:TaxCategory"/></#if>
  </cac:AllowanceCharge>
</#macro>

<#assign terms = settlement["ram:SpecifiedTradePaymentTerms"]>
<#assign totals = settlement["ram:SpecifiedTradeSettlementHeaderMonetarySummation"]>
<#assign order = agreement["ram:BuyerOrderReferencedDocument"]>
<#assign invoiceReference = settlement["ram:InvoiceReferencedDocument"]>
<#assign shipTo = delivery["ram:ShipToTradeParty"]>
<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:ID>${u.t(document["ram:ID"])}</cbc:ID>
  <cbc:IssueDate>${iso(document["ram:IssueDateTime/udt:DateTimeString"])}</cbc:IssueDate>
  <#-- a UBL 2.1 CreditNote has no DueDate: the date goes with the payment means -->
  <#assign dueDate = terms?has_content?then(iso(terms["ram:DueDateDateTime/udt:DateTimeString"]), "")>
  <#if !creditNote><@el "cbc:DueDate" dueDate/></#if>
  <${typeElement}>${u.t(document["ram:TypeCode"])}</${typeElement}>
  <#list document["ram:IncludedNote"] as note>
  <cbc:Note><#if u.t(note["ram:SubjectCode"])?has_content>#${u.t(note["ram:SubjectCode"])}#</#if>${u.t(note["ram:Content"])}</cbc:Note>
  </#list>
  <cbc:DocumentCurrencyCode>${currency}</cbc:DocumentCurrencyCode>
  <#if order?has_content>
  <cac:OrderReference>
    <cbc:ID>${u.t(order["ram:IssuerAssignedID"])}</cbc:ID>
    <#if order["ram:FormattedIssueDateTime"]?has_content><@el "cbc:IssueDate" iso(order["ram:FormattedIssueDateTime/qdt:DateTimeString"])/></#if>
  </cac:OrderReference>
  </#if>
  <#if invoiceReference?has_content>
  <cac:BillingReference>
    <cac:InvoiceDocumentReference>
      <cbc:ID>${u.t(invoiceReference["ram:IssuerAssignedID"])}</cbc:ID>
      <#if invoiceReference["ram:FormattedIssueDateTime"]?has_content><@el "cbc:IssueDate" iso(invoiceReference["ram:FormattedIssueDateTime/qdt:DateTimeString"])/></#if>
    </cac:InvoiceDocumentReference>
  </cac:BillingReference>
  </#if>
  <cac:AccountingSupplierParty><@party agreement["ram:SellerTradeParty"]/></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><@party agreement["ram:BuyerTradeParty"]/></cac:AccountingCustomerParty>
  <#assign despatched = delivery["ram:ActualDespatchSupplyChainEvent"]?has_content?then(iso(delivery["ram:ActualDespatchSupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString"]), "")>
  <#assign delivered = delivery["ram:ActualDeliverySupplyChainEvent"]?has_content?then(iso(delivery["ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString"]), "")>
  <#if shipTo?has_content || despatched?has_content || delivered?has_content>
  <cac:Delivery>
    <@el "cbc:ActualDeliveryDate" delivered/>
    <#if shipTo?has_content>
    <#assign location = partyId(shipTo)>
    <cac:DeliveryLocation>
      <@id "cbc:ID" location[0] location[1]/>
      <@address shipTo["ram:PostalTradeAddress"] "cac:Address"/>
    </cac:DeliveryLocation>
    <#if u.t(shipTo["ram:Name"])?has_content><cac:DeliveryParty><cac:PartyName><cbc:Name>${u.t(shipTo["ram:Name"])}</cbc:Name></cac:PartyName></cac:DeliveryParty></#if>
    </#if>
    <#if despatched?has_content><cac:Despatch><cbc:ActualDespatchDate>${despatched}</cbc:ActualDespatchDate></cac:Despatch></#if>
  </cac:Delivery>
  </#if>
  <#list settlement["ram:SpecifiedTradeSettlementPaymentMeans"] as means>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>${u.t(means["ram:TypeCode"])}</cbc:PaymentMeansCode>
    <#if creditNote && means?is_first><@el "cbc:PaymentDueDate" dueDate/></#if>
    <#assign account = means["ram:PayeePartyCreditorFinancialAccount"]>
    <#if account?has_content>
    <cac:PayeeFinancialAccount>
      <cbc:ID>${u.t(account["ram:IBANID"])}</cbc:ID>
      <@el "cbc:Name" u.t(account["ram:AccountName"])/>
      <#if means["ram:PayeeSpecifiedCreditorFinancialInstitution"]?has_content>
      <cac:FinancialInstitutionBranch><cbc:ID>${u.t(means["ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID"])}</cbc:ID></cac:FinancialInstitutionBranch>
      </#if>
    </cac:PayeeFinancialAccount>
    </#if>
  </cac:PaymentMeans>
  </#list>
  <#-- a due date without payment means: code 1 (instrument not defined) carries it -->
  <#if creditNote && dueDate?has_content && !settlement["ram:SpecifiedTradeSettlementPaymentMeans"]?has_content>
  <cac:PaymentMeans><cbc:PaymentMeansCode>1</cbc:PaymentMeansCode><cbc:PaymentDueDate>${dueDate}</cbc:PaymentDueDate></cac:PaymentMeans>
  </#if>
  <#if terms?has_content && (terms["ram:SettlementPeriodMeasure"]?has_content || u.t(terms["ram:Description"])?has_content)>
  <cac:PaymentTerms>
    <@el "cbc:Note" u.t(terms["ram:Description"])/>
    <#if terms["ram:SettlementPeriodMeasure"]?has_content>
    <cac:SettlementPeriod><cbc:DurationMeasure unitCode="${u.a(terms["ram:SettlementPeriodMeasure"], "unitCode")}">${u.t(terms["ram:SettlementPeriodMeasure"])}</cbc:DurationMeasure></cac:SettlementPeriod>
    </#if>
  </cac:PaymentTerms>
  </#if>
  <#list settlement["ram:SpecifiedTradeAllowanceCharge"] as ac><@allowanceCharge ac/></#list>
  <cac:TaxTotal>
    <@amount "cbc:TaxAmount" u.t(totals["ram:TaxTotalAmount"])?has_content?then(u.t(totals["ram:TaxTotalAmount"]), "0.00")/>
    <#list settlement["ram:ApplicableTradeTax"] as tax>
    <cac:TaxSubtotal>
      <@amount "cbc:TaxableAmount" u.t(tax["ram:BasisAmount"])/>
      <@amount "cbc:TaxAmount" u.t(tax["ram:CalculatedAmount"])/>
      <@taxCategory tax "cac:TaxCategory"/>
    </cac:TaxSubtotal>
    </#list>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <@amount "cbc:LineExtensionAmount" u.t(totals["ram:LineTotalAmount"])/>
    <@amount "cbc:TaxExclusiveAmount" u.t(totals["ram:TaxBasisTotalAmount"])/>
    <@amount "cbc:TaxInclusiveAmount" u.t(totals["ram:GrandTotalAmount"])/>
    <@amount "cbc:AllowanceTotalAmount" u.t(totals["ram:AllowanceTotalAmount"])/>
    <@amount "cbc:ChargeTotalAmount" u.t(totals["ram:ChargeTotalAmount"])/>
    <@amount "cbc:PrepaidAmount" u.t(totals["ram:TotalPrepaidAmount"])/>
    <@amount "cbc:PayableAmount" u.t(totals["ram:DuePayableAmount"])/>
  </cac:LegalMonetaryTotal>
  <#list transaction["ram:IncludedSupplyChainTradeLineItem"] as line>
  <#assign product = line["ram:SpecifiedTradeProduct"]>
  <#assign lineSettlement = line["ram:SpecifiedLineTradeSettlement"]>
  <#assign lineTax = lineSettlement["ram:ApplicableTradeTax"]>
  <#assign quantity = line["ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"]>
  <${lineElement}>
    <cbc:ID>${u.t(line["ram:AssociatedDocumentLineDocument/ram:LineID"])}</cbc:ID>
    <${quantityElement} unitCode="${u.a(quantity, "unitCode")}">${u.t(quantity)}</${quantityElement}>
    <@amount "cbc:LineExtensionAmount" u.t(lineSettlement["ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"])/>
    <#-- an InvoiceLine has its allowances before its tax total, a CreditNoteLine after -->
    <#if !creditNote><#list lineSettlement["ram:SpecifiedTradeAllowanceCharge"] as ac><@allowanceCharge ac/></#list></#if>
    <#if lineTax?has_content && u.t(lineTax["ram:CalculatedAmount"])?has_content>
    <cac:TaxTotal><@amount "cbc:TaxAmount" u.t(lineTax["ram:CalculatedAmount"])/></cac:TaxTotal>
    </#if>
    <#if creditNote><#list lineSettlement["ram:SpecifiedTradeAllowanceCharge"] as ac><@allowanceCharge ac/></#list></#if>
    <cac:Item>
      <@el "cbc:Description" u.t(product["ram:Description"])/>
      <@el "cbc:Name" u.t(product["ram:Name"])/>
      <#if u.t(product["ram:BuyerAssignedID"])?has_content><cac:BuyersItemIdentification><cbc:ID>${u.t(product["ram:BuyerAssignedID"])}</cbc:ID></cac:BuyersItemIdentification></#if>
      <#if u.t(product["ram:SellerAssignedID"])?has_content><cac:SellersItemIdentification><cbc:ID>${u.t(product["ram:SellerAssignedID"])}</cbc:ID></cac:SellersItemIdentification></#if>
      <#if u.t(product["ram:ManufacturerAssignedID"])?has_content><cac:ManufacturersItemIdentification><cbc:ID>${u.t(product["ram:ManufacturerAssignedID"])}</cbc:ID></cac:ManufacturersItemIdentification></#if>
      <#if u.t(product["ram:GlobalID"])?has_content><cac:StandardItemIdentification><@id "cbc:ID" u.t(product["ram:GlobalID"]) u.a(product["ram:GlobalID"], "schemeID")/></cac:StandardItemIdentification></#if>
      <#if lineTax?has_content><@taxCategory lineTax "cac:ClassifiedTaxCategory"/></#if>
    </cac:Item>
    <#assign price = line["ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice"]>
    <#if price?has_content><cac:Price><@amount "cbc:PriceAmount" u.t(price["ram:ChargeAmount"])/></cac:Price></#if>
  </${lineElement}>
  </#list>
</${root}>
