<#ftl output_format="XML" strip_whitespace=true ns_prefixes={
  "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
  "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"}>
<#--
  UBL 2.1 Invoice -> UN/CEFACT Cross Industry Invoice D16B (EN 16931). See ../README.md.
  Values are copied as written; ISO dates become format 102. CII amounts carry no currency
  except the tax total, which EN 16931 asks for; the currency is InvoiceCurrencyCode.
-->
<#import "/common/ubl-read.ftl" as u>
<#-- The credit-note mapping sets Invoice to the CreditNote and creditNote to true before including this template. -->
<#assign creditNote = creditNote!false>
<#assign inv = Invoice>
<#assign typeElement = creditNote?then("cbc:CreditNoteTypeCode", "cbc:InvoiceTypeCode")>
<#assign lineElement = creditNote?then("cac:CreditNoteLine", "cac:InvoiceLine")>
<#assign quantityElement = creditNote?then("cbc:CreditedQuantity", "cbc:InvoicedQuantity")>
<#-- a UBL 2.1 CreditNote has no DueDate: it states the date with the payment means -->
<#assign dueDate = u.t(inv[creditNote?then("cac:PaymentMeans/cbc:PaymentDueDate", "cbc:DueDate")])>
<#assign currency = u.t(inv["cbc:DocumentCurrencyCode"])>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro date name iso><#if iso?has_content><${name}><udt:DateTimeString format="102">${u.ccyymmdd(iso)}</udt:DateTimeString></${name}></#if></#macro>
<#macro qdate name iso><#if iso?has_content><${name}><qdt:DateTimeString format="102">${u.ccyymmdd(iso)}</qdt:DateTimeString></${name}></#if></#macro>
<#macro id name value scheme><#if value?has_content><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${value}</${name}></#if></#macro>

<#macro tax category amount basis>
  <@el "ram:CalculatedAmount" amount/>
  <ram:TypeCode>${u.t(category["cac:TaxScheme/cbc:ID"])?has_content?then(u.t(category["cac:TaxScheme/cbc:ID"]), "VAT")}</ram:TypeCode>
  <@el "ram:BasisAmount" basis/>
  <ram:CategoryCode>${u.t(category["cbc:ID"])}</ram:CategoryCode>
  <@el "ram:RateApplicablePercent" u.t(category["cbc:Percent"])/>
</#macro>

<#macro allowanceCharge ac>
  <ram:SpecifiedTradeAllowanceCharge>
    <ram:ChargeIndicator><udt:Indicator>${u.t(ac["cbc:ChargeIndicator"])}</udt:Indicator></ram:ChargeIndicator>
    <@el "ram:CalculationPercent" u.t(ac["cbc:MultiplierFactorNumeric"])/>
    <@el "ram:BasisAmount" u.t(ac["cbc:BaseAmount"])/>
    <ram:ActualAmount>${u.t(ac["cbc:Amount"])}</ram:ActualAmount>
    <@el "ram:ReasonCode" u.t(ac["cbc:AllowanceChargeReasonCode"])/>
    <@el "ram:Reason" u.t(ac["cbc:AllowanceChargeReason"])/>
    <#if ac["cac:TaxCategory"]?has_content><ram:CategoryTradeTax><@tax ac["cac:TaxCategory"] "" ""/></ram:CategoryTradeTax></#if>
  </ram:SpecifiedTradeAllowanceCharge>
</#macro>

<#macro address address>
  <#if address?has_content>
  <ram:PostalTradeAddress>
    <@el "ram:PostcodeCode" u.t(address["cbc:PostalZone"])/>
    <@el "ram:LineOne" u.t(address["cbc:StreetName"])/>
    <@el "ram:LineTwo" u.t(address["cbc:AdditionalStreetName"])/>
    <@el "ram:CityName" u.t(address["cbc:CityName"])/>
    <@el "ram:CountryID" u.t(address["cac:Country/cbc:IdentificationCode"])/>
    <@el "ram:CountrySubDivisionName" u.t(address["cbc:CountrySubentity"])/>
  </ram:PostalTradeAddress>
  </#if>
</#macro>

<#-- UBL party -> CII TradeParty: the registered name is Name, the trading name the legal organisation's; the EDI address is URIUniversalCommunication. -->
<#macro party element party>
  <${element}>
    <#local partyId = u.t(party["cac:PartyIdentification/cbc:ID"])>
    <#local scheme = u.a(party["cac:PartyIdentification/cbc:ID"], "schemeID")>
    <#if partyId?has_content><#if scheme?has_content><ram:GlobalID schemeID="${scheme}">${partyId}</ram:GlobalID><#else><ram:ID>${partyId}</ram:ID></#if></#if>
    <#local registered = u.t(party["cac:PartyLegalEntity/cbc:RegistrationName"])>
    <#local trading = u.t(party["cac:PartyName/cbc:Name"])>
    <ram:Name>${registered?has_content?then(registered, trading)}</ram:Name>
    <#if trading?has_content && registered?has_content>
    <ram:SpecifiedLegalOrganization><ram:TradingBusinessName>${trading}</ram:TradingBusinessName></ram:SpecifiedLegalOrganization>
    </#if>
    <#local contact = party["cac:Contact"]>
    <#if contact?has_content>
    <ram:DefinedTradeContact>
      <@el "ram:PersonName" u.t(contact["cbc:Name"])/>
      <#if u.t(contact["cbc:Telephone"])?has_content><ram:TelephoneUniversalCommunication><ram:CompleteNumber>${u.t(contact["cbc:Telephone"])}</ram:CompleteNumber></ram:TelephoneUniversalCommunication></#if>
      <#if u.t(contact["cbc:Telefax"])?has_content><ram:FaxUniversalCommunication><ram:CompleteNumber>${u.t(contact["cbc:Telefax"])}</ram:CompleteNumber></ram:FaxUniversalCommunication></#if>
      <#if u.t(contact["cbc:ElectronicMail"])?has_content><ram:EmailURIUniversalCommunication><ram:URIID>${u.t(contact["cbc:ElectronicMail"])}</ram:URIID></ram:EmailURIUniversalCommunication></#if>
    </ram:DefinedTradeContact>
    </#if>
    <@address party["cac:PostalAddress"]/>
    <#if u.t(party["cbc:EndpointID"])?has_content>
    <ram:URIUniversalCommunication><@id "ram:URIID" u.t(party["cbc:EndpointID"]) u.a(party["cbc:EndpointID"], "schemeID")/></ram:URIUniversalCommunication>
    </#if>
    <#-- EN 16931: VAT numbers are registered under scheme VA, other tax numbers under FC. -->
    <#list party["cac:PartyTaxScheme"] as registration>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="${(u.t(registration["cac:TaxScheme/cbc:ID"]) == "VAT")?then("VA", "FC")}">${u.t(registration["cbc:CompanyID"])}</ram:ID></ram:SpecifiedTaxRegistration>
    </#list>
  </${element}>
</#macro>

<#assign totals = inv["cac:LegalMonetaryTotal"]>
<#assign delivery = inv["cac:Delivery"]>
<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                          xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
                          xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
                          xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>${u.t(inv["cbc:ID"])}</ram:ID>
    <ram:TypeCode>${u.t(inv[typeElement])?has_content?then(u.t(inv[typeElement]), creditNote?then("381", "380"))}</ram:TypeCode>
    <@date "ram:IssueDateTime" u.t(inv["cbc:IssueDate"])/>
    <#list inv["cbc:Note"] as note>
      <#assign text = note?string>
    <ram:IncludedNote>
      <#if text?matches("^#[A-Z0-9]{3}#.*", "s")><ram:Content>${text[5..]}</ram:Content><ram:SubjectCode>${text[1..3]}</ram:SubjectCode><#else><ram:Content>${text}</ram:Content></#if>
    </ram:IncludedNote>
    </#list>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <#list inv[lineElement] as line>
    <#assign item = line["cac:Item"]>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>${u.t(line["cbc:ID"])}</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct>
        <@id "ram:GlobalID" u.t(item["cac:StandardItemIdentification/cbc:ID"]) u.a(item["cac:StandardItemIdentification/cbc:ID"], "schemeID")/>
        <@el "ram:SellerAssignedID" u.t(item["cac:SellersItemIdentification/cbc:ID"])/>
        <@el "ram:BuyerAssignedID" u.t(item["cac:BuyersItemIdentification/cbc:ID"])/>
        <@el "ram:ManufacturerAssignedID" u.t(item["cac:ManufacturersItemIdentification/cbc:ID"])/>
        <ram:Name>${u.t(item["cbc:Name"])}</ram:Name>
        <@el "ram:Description" u.t(item["cbc:Description"])/>
      </ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <#if line["cac:Price"]?has_content>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>${u.t(line["cac:Price/cbc:PriceAmount"])}</ram:ChargeAmount></ram:NetPriceProductTradePrice>
        </#if>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery>
        <ram:BilledQuantity unitCode="${u.a(line[quantityElement], "unitCode")}">${u.t(line[quantityElement])}</ram:BilledQuantity>
      </ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <#if item["cac:ClassifiedTaxCategory"]?has_content>
        <ram:ApplicableTradeTax><@tax item["cac:ClassifiedTaxCategory"] u.t(line["cac:TaxTotal/cbc:TaxAmount"]) ""/></ram:ApplicableTradeTax>
        </#if>
        <#list line["cac:AllowanceCharge"] as ac><@allowanceCharge ac/></#list>
        <ram:SpecifiedTradeSettlementLineMonetarySummation>
          <ram:LineTotalAmount>${u.t(line["cbc:LineExtensionAmount"])}</ram:LineTotalAmount>
        </ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    </#list>
    <ram:ApplicableHeaderTradeAgreement>
      <@party "ram:SellerTradeParty" inv["cac:AccountingSupplierParty/cac:Party"]/>
      <@party "ram:BuyerTradeParty" inv["cac:AccountingCustomerParty/cac:Party"]/>
      <#if inv["cac:OrderReference"]?has_content>
      <ram:BuyerOrderReferencedDocument>
        <ram:IssuerAssignedID>${u.t(inv["cac:OrderReference/cbc:ID"])}</ram:IssuerAssignedID>
        <@qdate "ram:FormattedIssueDateTime" u.t(inv["cac:OrderReference/cbc:IssueDate"])/>
      </ram:BuyerOrderReferencedDocument>
      </#if>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery>
      <#if delivery?has_content && delivery["cac:DeliveryLocation"]?has_content>
      <#assign location = delivery["cac:DeliveryLocation"]>
      <ram:ShipToTradeParty>
        <#if u.t(location["cbc:ID"])?has_content><#if u.a(location["cbc:ID"], "schemeID")?has_content><ram:GlobalID schemeID="${u.a(location["cbc:ID"], "schemeID")}">${u.t(location["cbc:ID"])}</ram:GlobalID><#else><ram:ID>${u.t(location["cbc:ID"])}</ram:ID></#if></#if>
        <@el "ram:Name" u.t(delivery["cac:DeliveryParty/cac:PartyName/cbc:Name"])/>
        <@address location["cac:Address"]/>
      </ram:ShipToTradeParty>
      </#if>
      <#if delivery?has_content>
      <#if u.t(delivery["cac:Despatch/cbc:ActualDespatchDate"])?has_content>
      <ram:ActualDespatchSupplyChainEvent><@date "ram:OccurrenceDateTime" u.t(delivery["cac:Despatch/cbc:ActualDespatchDate"])/></ram:ActualDespatchSupplyChainEvent>
      </#if>
      <#if u.t(delivery["cbc:ActualDeliveryDate"])?has_content>
      <ram:ActualDeliverySupplyChainEvent><@date "ram:OccurrenceDateTime" u.t(delivery["cbc:ActualDeliveryDate"])/></ram:ActualDeliverySupplyChainEvent>
      </#if>
      </#if>
    </ram:ApplicableHeaderTradeDelivery>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>${currency}</ram:InvoiceCurrencyCode>
      <#list inv["cac:PaymentMeans"] as means>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>${u.t(means["cbc:PaymentMeansCode"])}</ram:TypeCode>
        <#assign account = means["cac:PayeeFinancialAccount"]>
        <#if account?has_content>
        <ram:PayeePartyCreditorFinancialAccount>
          <ram:IBANID>${u.t(account["cbc:ID"])}</ram:IBANID>
          <@el "ram:AccountName" u.t(account["cbc:Name"])/>
        </ram:PayeePartyCreditorFinancialAccount>
        <#if u.t(account["cac:FinancialInstitutionBranch/cbc:ID"])?has_content>
        <ram:PayeeSpecifiedCreditorFinancialInstitution><ram:BICID>${u.t(account["cac:FinancialInstitutionBranch/cbc:ID"])}</ram:BICID></ram:PayeeSpecifiedCreditorFinancialInstitution>
        </#if>
        </#if>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      </#list>
      <#list inv["cac:TaxTotal/cac:TaxSubtotal"] as subtotal>
      <ram:ApplicableTradeTax><@tax subtotal["cac:TaxCategory"] u.t(subtotal["cbc:TaxAmount"]) u.t(subtotal["cbc:TaxableAmount"])/></ram:ApplicableTradeTax>
      </#list>
      <#list inv["cac:AllowanceCharge"] as ac><@allowanceCharge ac/></#list>
      <#assign terms = inv["cac:PaymentTerms"]>
      <#if terms?has_content || dueDate?has_content>
      <ram:SpecifiedTradePaymentTerms>
        <#if terms?has_content && u.t(terms["cac:SettlementPeriod/cbc:DurationMeasure"])?has_content>
        <ram:SettlementPeriodMeasure unitCode="${u.a(terms["cac:SettlementPeriod/cbc:DurationMeasure"], "unitCode")}">${u.t(terms["cac:SettlementPeriod/cbc:DurationMeasure"])}</ram:SettlementPeriodMeasure>
        </#if>
        <#if terms?has_content><@el "ram:Description" u.t(terms["cbc:Note"])/></#if>
        <@date "ram:DueDateDateTime" dueDate/>
      </ram:SpecifiedTradePaymentTerms>
      </#if>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <@el "ram:LineTotalAmount" u.t(totals["cbc:LineExtensionAmount"])/>
        <@el "ram:ChargeTotalAmount" u.t(totals["cbc:ChargeTotalAmount"])/>
        <@el "ram:AllowanceTotalAmount" u.t(totals["cbc:AllowanceTotalAmount"])/>
        <@el "ram:TaxBasisTotalAmount" u.t(totals["cbc:TaxExclusiveAmount"])/>
        <#if u.t(inv["cac:TaxTotal/cbc:TaxAmount"])?has_content><ram:TaxTotalAmount currencyID="${currency}">${u.t(inv["cac:TaxTotal/cbc:TaxAmount"])}</ram:TaxTotalAmount></#if>
        <@el "ram:GrandTotalAmount" u.t(totals["cbc:TaxInclusiveAmount"])/>
        <@el "ram:TotalPrepaidAmount" u.t(totals["cbc:PrepaidAmount"])/>
        <@el "ram:DuePayableAmount" u.t(totals["cbc:PayableAmount"])/>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
      <#if inv["cac:BillingReference/cac:InvoiceDocumentReference"]?has_content>
      <ram:InvoiceReferencedDocument>
        <ram:IssuerAssignedID>${u.t(inv["cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"])}</ram:IssuerAssignedID>
        <@qdate "ram:FormattedIssueDateTime" u.t(inv["cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate"])/>
      </ram:InvoiceReferencedDocument>
      </#if>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
