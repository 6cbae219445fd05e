<#ftl output_format="XML" strip_whitespace=true>
<#--
  EDIFACT ORDERS / ORDRSP / ORDCHG (D.96A or D.01B) -> UBL 2.1 Order / OrderResponse / OrderChange.
  Included by the pair's template, which sets `kind` (the UBL document). See ../README.md for the
  field table. The segment groups are found by role (codes.edifactGroups), because their numbers
  differ between message types and directories. Values pass through as written; dates in format
  102 become ISO dates. FTX text components are joined by line breaks, so they come back as written.
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/order/shared/codes.ftl" as codes>
<#assign m = interchange.message>
<#assign directory = e.v(m.UNH, "e02_03")?upper_case>
<#assign g = codes.edifactGroups[e.v(m.UNH, "e02_01") + "-" + directory]>
<#assign currency = e.v(e.first(m[g.currency].CUX, "e01_01", "2"), "e01_02")>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro amount name value><#if value?has_content><${name} currencyID="${currency}">${value}</${name}></#if></#macro>
<#macro id name value scheme><#if value?has_content><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${value}</${name}></#if></#macro>

<#-- A value of a simple element that D.01B turned into a composite (BGM 1004, NAD 3229, IMD 7081). -->
<#function either segment key><#return e.v(segment, key)?has_content?then(e.v(segment, key), e.v(segment, key + "_01"))></#function>

<#-- UN/CEFACT 3055 agency 9 (GS1) identifies a GLN: ISO 6523 scheme 0088; 16 (D&B) a DUNS: 0060. -->
<#function scheme nad>
  <#local agency = e.v(nad, "e02_03")>
  <#return (agency == "9")?then("0088", (agency == "16")?then("0060", ""))>
</#function>

<#macro address nad element>
  <#if e.v(nad, "e05_01")?has_content || e.v(nad, "e06")?has_content || e.v(nad, "e09")?has_content>
  <${element}>
    <@el "cbc:StreetName" e.v(nad, "e05_01")/>
    <@el "cbc:AdditionalStreetName" e.v(nad, "e05_02")/>
    <@el "cbc:CityName" e.v(nad, "e06")/>
    <@el "cbc:PostalZone" e.v(nad, "e08")/>
    <@el "cbc:CountrySubentity" either(nad, "e07")/>
    <#if e.v(nad, "e09")?has_content><cac:Country><cbc:IdentificationCode>${e.v(nad, "e09")}</cbc:IdentificationCode></cac:Country></#if>
  </${element}>
  </#if>
</#macro>

<#macro party group role>
  <#if group?has_content>
  <#local nad = group.NAD>
  <${role}>
    <cac:Party>
      <@id "cbc:EndpointID" e.v(nad, "e02_01") scheme(nad)/>
      <#if e.v(nad, "e02_01")?has_content><cac:PartyIdentification><@id "cbc:ID" e.v(nad, "e02_01") scheme(nad)/></cac:PartyIdentification></#if>
      <#if e.v(nad, "e04_01")?has_content><cac:PartyName><cbc:Name>${e.v(nad, "e04_01")}</cbc:Name></cac:PartyName></#if>
      <@address nad "cac:PostalAddress"/>
      <#local vat = e.v(e.first(group[g.partyReference].RFF, "e01_01", "VA"), "e01_02")>
      <#if vat?has_content>
      <cac:PartyTaxScheme><cbc:CompanyID>${vat}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
      </#if>
      <#local contact = (group[g.contact][0])!{}>
      <#if contact?has_content>
      <cac:Contact>
        <@el "cbc:Name" e.v(contact.CTA, "e02_02")/>
        <@el "cbc:Telephone" e.v(e.first(contact.COM, "e01_02", "TE"), "e01_01")/>
        <@el "cbc:Telefax" e.v(e.first(contact.COM, "e01_02", "FX"), "e01_01")/>
        <@el "cbc:ElectronicMail" e.v(e.first(contact.COM, "e01_02", "EM"), "e01_01")/>
      </cac:Contact>
      </#if>
    </cac:Party>
  </${role}>
  </#if>
</#macro>

<#macro period element start end>
  <#if start?has_content || end?has_content>
  <${element}><@el "cbc:StartDate" start/><@el "cbc:EndDate" end/></${element}>
  </#if>
</#macro>

<#macro reference group element>
  <#if group?has_content>
  <${element}>
    <cbc:ID>${e.v(group.RFF, "e01_02")}</cbc:ID>
    <@el "cbc:IssueDate" e.date(e.dtm(group.DTM, "171"))/>
  </${element}>
  </#if>
</#macro>

<#macro allowanceCharge group amountGroup>
  <#local alc = group.ALC>
  <cac:AllowanceCharge>
    <cbc:ChargeIndicator>${(e.v(alc, "e01") == "C")?c}</cbc:ChargeIndicator>
    <@el "cbc:AllowanceChargeReasonCode" e.v(alc, "e05_01")/>
    <@el "cbc:AllowanceChargeReason" e.v(alc, "e05_04")/>
    <@amount "cbc:Amount" e.v(group[amountGroup].MOA, "e01_02")/>
  </cac:AllowanceCharge>
</#macro>

<#assign bgm = m.BGM>
<#assign buyer = e.group(m[g.party], "NAD", "e01", "BY")>
<#assign seller = e.group(m[g.party], "NAD", "e01", "SU")>
<#assign deliveryPoint = e.group(m[g.party], "NAD", "e01", "DP")>
<#assign order = e.group(m.SG1, "RFF", "e01_01", "ON")>
<#assign contract = e.group(m.SG1, "RFF", "e01_01", "CT")>
<#assign quotation = e.group(m.SG1, "RFF", "e01_01", "AAG")>
<#assign terms = (m[g.terms][0])!{}>
<#assign deliveryTerms = (m[g.deliveryTerms][0])!{}>
<#assign responseCode = e.v(bgm, "e04")>
<#if kind == "OrderResponse" && !responseCode?has_content>
  <#list codes.responseFunctions as code, function><#if function == e.v(bgm, "e03")><#assign responseCode = code></#if></#list>
</#if>
<#assign requested = [e.date(e.dtm(m.DTM, "2")), e.date(e.dtm(m.DTM, "63"))]>
<?xml version="1.0" encoding="UTF-8"?>
<${kind} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${kind}-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <cbc:ID>${either(bgm, "e02")}</cbc:ID>
  <cbc:IssueDate>${e.date(e.dtm(m.DTM, "137"))}</cbc:IssueDate>
  <#if kind == "Order">
  <cbc:OrderTypeCode>${e.v(bgm, "e01_01")}</cbc:OrderTypeCode>
  <#elseif kind == "OrderResponse">
  <@el "cbc:OrderResponseCode" responseCode/>
  <#else>
  <#-- D.96A's BGM has no version identifier (C106/1056 is D.01B's): a D.96A change is the first of its order. -->
  <cbc:SequenceNumberID>${e.v(bgm, "e02_02")?has_content?then(e.v(bgm, "e02_02"), "1")}</cbc:SequenceNumberID>
  </#if>
  <#list m.FTX as ftx>
  <cbc:Note><#if e.v(ftx, "e01") != "AAI">#${e.v(ftx, "e01")}#</#if><#list ["e04_01", "e04_02", "e04_03", "e04_04", "e04_05"]?filter(k -> e.v(ftx, k)?has_content) as k>${e.v(ftx, k)}<#sep>${"\n"}</#list></cbc:Note>
  </#list>
  <@el "cbc:DocumentCurrencyCode" currency/>
  <@el "cbc:LineCountNumeric" e.v(e.first(m.CNT, "e01_01", "2"), "e01_02")/>
  <#if kind != "Order"><@reference order "cac:OrderReference"/></#if>
  <#if kind != "OrderResponse"><@reference quotation "cac:QuotationDocumentReference"/></#if>
  <@reference contract "cac:Contract"/>
  <#if kind == "OrderResponse">
  <@party seller "cac:SellerSupplierParty"/>
  <@party buyer "cac:BuyerCustomerParty"/>
  <#else>
  <@party buyer "cac:BuyerCustomerParty"/>
  <@party seller "cac:SellerSupplierParty"/>
  </#if>
  <#if deliveryPoint?has_content || requested[0]?has_content || requested[1]?has_content>
  <cac:Delivery>
    <#if deliveryPoint?has_content>
    <cac:DeliveryLocation>
      <@id "cbc:ID" e.v(deliveryPoint.NAD, "e02_01") scheme(deliveryPoint.NAD)/>
      <@address deliveryPoint.NAD "cac:Address"/>
    </cac:DeliveryLocation>
    </#if>
    <@period "cac:RequestedDeliveryPeriod" requested[0] requested[1]/>
    <#if e.v(deliveryPoint.NAD, "e04_01")?has_content>
    <cac:DeliveryParty><cac:PartyName><cbc:Name>${e.v(deliveryPoint.NAD, "e04_01")}</cbc:Name></cac:PartyName></cac:DeliveryParty>
    </#if>
  </cac:Delivery>
  </#if>
  <#if e.v(deliveryTerms.TOD, "e03_01")?has_content>
  <cac:DeliveryTerms><cbc:ID>${e.v(deliveryTerms.TOD, "e03_01")}</cbc:ID></cac:DeliveryTerms>
  </#if>
  <#if terms?has_content && e.v(terms.PAT, "e03_03") == "D">
  <cac:PaymentTerms><cac:SettlementPeriod><cbc:DurationMeasure unitCode="DAY">${e.v(terms.PAT, "e03_04")}</cbc:DurationMeasure></cac:SettlementPeriod></cac:PaymentTerms>
  </#if>
  <#list m[g.charge] as charge><@allowanceCharge charge g.chargeAmount/></#list>
  <#assign lineTotal = e.moa(m.MOA, "79")>
  <#assign payable = e.moa(m.MOA, "128")>
  <#if lineTotal?has_content || payable?has_content>
  <#assign total = (kind == "OrderResponse")?then("cac:LegalMonetaryTotal", "cac:AnticipatedMonetaryTotal")>
  <${total}>
    <@amount "cbc:LineExtensionAmount" lineTotal/>
    <@amount "cbc:PayableAmount" payable?has_content?then(payable, lineTotal)/>
  </${total}>
  </#if>
  <#list m[g.line] as line>
  <#assign lin = line.LIN>
  <#assign qty = e.first(line.QTY, "e01_01", "21")>
  <#assign price = e.first(line[g.price].PRI, "e01_01", "AAA")>
  <cac:OrderLine>
    <cac:LineItem>
      <cbc:ID>${e.v(lin, "e01")}</cbc:ID>
      <#list line.FTX as ftx><cbc:Note><#list ["e04_01", "e04_02", "e04_03", "e04_04", "e04_05"]?filter(k -> e.v(ftx, k)?has_content) as k>${e.v(ftx, k)}<#sep>${"\n"}</#list></cbc:Note></#list>
      <#if e.v(lin, "e02")?has_content><cbc:LineStatusCode listID="UNCL1229">${e.v(lin, "e02")}</cbc:LineStatusCode></#if>
      <#if qty?has_content><cbc:Quantity<#if e.v(qty, "e01_03")?has_content> unitCode="${codes.edifactUnits[e.v(qty, "e01_03")]!e.v(qty, "e01_03")}"</#if>>${e.v(qty, "e01_02")}</cbc:Quantity></#if>
      <@amount "cbc:LineExtensionAmount" e.moa(line.MOA, "203")/>
      <#assign lineRequested = e.date(e.dtm(line.DTM, "2"))>
      <#assign linePromised = e.date(e.dtm(line.DTM, "69"))>
      <#if lineRequested?has_content || linePromised?has_content>
      <cac:Delivery>
        <@period "cac:RequestedDeliveryPeriod" lineRequested ""/>
        <@period "cac:PromisedDeliveryPeriod" linePromised ""/>
      </cac:Delivery>
      </#if>
      <#list line[g.lineCharge] as charge><@allowanceCharge charge g.lineChargeAmount/></#list>
      <#if price?has_content><cac:Price><@amount "cbc:PriceAmount" e.v(price, "e01_02")/></cac:Price></#if>
      <cac:Item>
        <#assign description = e.first(line.IMD, "e01", "F")>
        <@el "cbc:Name" e.v(description, "e03_04") + e.v(description, "e03_05")/>
        <#assign buyers = e.itemNumber(line.PIA, "IN")>
        <#if buyers?has_content><cac:BuyersItemIdentification><cbc:ID>${buyers}</cbc:ID></cac:BuyersItemIdentification></#if>
        <#assign sellers = e.itemNumber(line.PIA, "SA")>
        <#if sellers?has_content><cac:SellersItemIdentification><cbc:ID>${sellers}</cbc:ID></cac:SellersItemIdentification></#if>
        <#if e.v(lin, "e03_01")?has_content><cac:StandardItemIdentification><cbc:ID schemeID="0160">${e.v(lin, "e03_01")}</cbc:ID></cac:StandardItemIdentification></#if>
      </cac:Item>
    </cac:LineItem>
  </cac:OrderLine>
  </#list>
</${kind}>
