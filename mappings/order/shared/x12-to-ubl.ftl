<#ftl output_format="XML" strip_whitespace=true>
<#--
  X12 850 / 855 / 860 (004010 or 005010) -> UBL 2.1 Order / OrderResponse / OrderChange.
  Included by the pair's template, which sets `kind` (the UBL document). See ../README.md for the
  field table. Loops carry the codes of the StAEDI schemas (H_N1, D_PO1, D_POC, S_CTT …).
  R (decimal) values pass through as written; dates CCYYMMDD become ISO dates. X12 states no
  line amounts: they are computed (quantity x unit price, rounded half up to cents).
-->
<#import "/common/edifact-read.ftl" as e>
<#import "/common/x12-read.ftl" as x>
<#import "/common/x12-codes.ftl" as xc>
<#import "/order/shared/codes.ftl" as codes>
<#setting locale="en_US">
<#assign m = interchange.message>
<#assign currency = e.v(m.CUR, "e02")?has_content?then(e.v(m.CUR, "e02"), "USD")>
<#-- Where the line segment keeps its values: PO1 (850, 855) or POC (860, which has a change code in 02). -->
<#assign change = kind == "OrderChange">
<#assign lines = change?then(m.D_POC, m.D_PO1)>
<#assign at = change?then({"quantity": "e03", "unit": "e05_01", "price": "e06", "basis": "e07", "ids": 8},
                          {"quantity": "e02", "unit": "e03", "price": "e04", "basis": "e05", "ids": 6})>

<#macro el name value><#if value?has_content><${name}>${value}</${name}></#if></#macro>
<#macro amount name value><#if value?has_content><${name} currencyID="${currency}">${value}</${name}></#if></#macro>
<#macro id name value scheme><#if value?has_content><${name}<#if scheme?has_content> schemeID="${scheme}"</#if>>${value}</${name}></#if></#macro>

<#function money number><#return number?string["0.00;; roundingMode=halfUp"]></#function>

<#function lineAmount segment>
  <#if !e.v(segment, at.quantity)?has_content || !e.v(segment, at.price)?has_content><#return ""></#if>
  <#return money(e.v(segment, at.quantity)?number * e.v(segment, at.price)?number)>
</#function>

<#macro address n3 n4 element>
  <#if n3?has_content || n4?has_content>
  <${element}>
    <@el "cbc:StreetName" e.v(n3, "e01")/>
    <@el "cbc:AdditionalStreetName" e.v(n3, "e02")/>
    <@el "cbc:CityName" e.v(n4, "e01")/>
    <@el "cbc:PostalZone" e.v(n4, "e03")/>
    <@el "cbc:CountrySubentity" e.v(n4, "e02")/>
    <#if e.v(n4, "e04")?has_content><cac:Country><cbc:IdentificationCode>${e.v(n4, "e04")}</cbc:IdentificationCode></cac:Country></#if>
  </${element}>
  </#if>
</#macro>

<#-- A party from its N1 loop; without one, from the interchange header's sender or receiver (ISA05/06, ISA07/08). -->
<#macro party loop isaQualifier isaId role>
  <#local n1 = loop.N1!{}>
  <#local partyId = e.v(n1, "e04")>
  <#local scheme = xc.idSchemes[e.v(n1, "e03")]!"">
  <#if !loop?has_content>
    <#local partyId = isaId?trim>
    <#list xc.interchangeQualifiers as ubl, qualifier><#if qualifier == isaQualifier><#local scheme = ubl><#break></#if></#list>
  </#if>
  <${role}>
    <cac:Party>
      <@id "cbc:EndpointID" partyId scheme/>
      <#if partyId?has_content><cac:PartyIdentification><@id "cbc:ID" partyId scheme/></cac:PartyIdentification></#if>
      <#if e.v(n1, "e02")?has_content><cac:PartyName><cbc:Name>${e.v(n1, "e02")}</cbc:Name></cac:PartyName></#if>
      <#if loop?has_content>
      <@address loop.N3 loop.N4 "cac:PostalAddress"/>
      <#list loop.REF as ref>
        <#if xc.taxRegistrations[e.v(ref, "e01")]??>
      <cac:PartyTaxScheme><cbc:CompanyID>${e.v(ref, "e02")}</cbc:CompanyID><cac:TaxScheme><cbc:ID>${xc.taxRegistrations[e.v(ref, "e01")]}</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
        </#if>
      </#list>
      <#if loop.PER?has_content>
        <#local numbers = x.communications(loop.PER[0])>
      <cac:Contact>
        <@el "cbc:Name" e.v(loop.PER, "e02")/>
        <@el "cbc:Telephone" numbers["TE"]!""/>
        <@el "cbc:Telefax" numbers["FX"]!""/>
        <@el "cbc:ElectronicMail" numbers["EM"]!""/>
      </cac:Contact>
      </#if>
      </#if>
    </cac:Party>
  </${role}>
</#macro>

<#macro period element start end>
  <#if start?has_content || end?has_content><${element}><@el "cbc:StartDate" start/><@el "cbc:EndDate" end/></${element}></#if>
</#macro>

<#macro reference element id date typeCode="">
  <#if id?has_content>
  <${element}><cbc:ID>${id}</cbc:ID><@el "cbc:IssueDate" e.date(date)/><@el "cbc:OrderTypeCode" typeCode/></${element}>
  </#if>
</#macro>

<#macro allowanceCharge loop>
  <#local sac = loop.SAC>
  <#if !e.v(sac, "e05")?has_content>
    <#stop "SAC " + e.v(sac, "e02") + " states no amount (SAC05); UBL needs one for every allowance or charge">
  </#if>
  <#local code = e.v(sac, "e02")>
  <cac:AllowanceCharge>
    <cbc:ChargeIndicator>${(e.v(sac, "e01") == "C")?c}</cbc:ChargeIndicator>
    <#if code?has_content && code != "ZZZZ"><cbc:AllowanceChargeReasonCode>${xc.toUbl(xc.allowanceCharges, code)}</cbc:AllowanceChargeReasonCode></#if>
    <@el "cbc:AllowanceChargeReason" e.v(sac, "e15")/>
    <@amount "cbc:Amount" x.n2(e.v(sac, "e05"))/>
  </cac:AllowanceCharge>
</#macro>

<#assign isa = interchange.ISA>
<#assign buyer = e.group(m.H_N1, "N1", "e01", "BY")>
<#assign seller = e.group(m.H_N1, "N1", "e01", "SE")>
<#assign shipTo = e.group(m.H_N1, "N1", "e01", "ST")>
<#assign notes = e.group(m.H_N9, "N9", "e01", "L1")>
<#assign fob = e.first(m.FOB, "e04", "01")>
<#assign terms = (m.ITD[0])!{}>
<#assign totals = (m.S_CTT[0])!{}>
<#assign payable = e.v(e.first(totals.AMT!{}, "e01", "TT"), "e02")>
<#assign lineTotal = 0>
<#list lines as line><#if lineAmount(line[change?then("POC", "PO1")])?has_content><#assign lineTotal = lineTotal + lineAmount(line[change?then("POC", "PO1")])?number></#if></#list>
<#-- The party that sent the transaction set is ISA06: the buyer for orders and changes, the seller for responses. -->
<#assign senderIsSeller = kind == "OrderResponse">
<?xml version="1.0" encoding="UTF-8"?>
<${kind} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${kind}-2"
         xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
         xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:UBLVersionID>2.1</cbc:UBLVersionID>
  <#if kind == "Order">
  <#assign beg = m.BEG>
  <cbc:ID>${e.v(beg, "e03")}</cbc:ID>
  <cbc:IssueDate>${e.date(e.v(beg, "e05"))}</cbc:IssueDate>
  <cbc:OrderTypeCode>${xc.toUbl(codes.orderTypes, e.v(beg, "e02"))}</cbc:OrderTypeCode>
  <#assign contractNumber = e.v(beg, "e06")>
  <#elseif kind == "OrderResponse">
  <#assign bak = m.BAK>
  <cbc:ID>${e.v(bak, "e08")?has_content?then(e.v(bak, "e08"), e.v(bak, "e03"))}</cbc:ID>
  <cbc:IssueDate>${e.date(e.v(bak, "e09")?has_content?then(e.v(bak, "e09"), e.v(bak, "e04")))}</cbc:IssueDate>
  <cbc:OrderResponseCode>${xc.toUbl(codes.responseTypes, e.v(bak, "e02"))}</cbc:OrderResponseCode>
  <#assign contractNumber = e.v(bak, "e07")>
  <#else>
  <#assign bch = m.BCH>
  <#-- An 860 has no number of its own unless BCH07 (request reference) gives one: then the order number and the change's sequence stand in. -->
  <cbc:ID>${e.v(bch, "e07")?has_content?then(e.v(bch, "e07"), e.v(bch, "e03") + "-" + e.v(bch, "e05"))}</cbc:ID>
  <cbc:IssueDate>${e.date(e.v(bch, "e10")?has_content?then(e.v(bch, "e10"), e.v(bch, "e06")))}</cbc:IssueDate>
  <cbc:SequenceNumberID>${e.v(bch, "e05")?has_content?then(e.v(bch, "e05"), "1")}</cbc:SequenceNumberID>
  <#assign contractNumber = e.v(bch, "e08")>
  </#if>
  <#if notes?has_content><#list notes.MSG as msg><cbc:Note>${e.v(msg, "e01")}</cbc:Note></#list></#if>
  <cbc:DocumentCurrencyCode>${currency}</cbc:DocumentCurrencyCode>
  <@el "cbc:LineCountNumeric" e.v(totals.CTT!{}, "e01")/>
  <#if kind == "OrderResponse"><@reference "cac:OrderReference" e.v(bak, "e03") e.v(bak, "e04")/></#if>
  <#if kind == "OrderChange"><@reference "cac:OrderReference" e.v(bch, "e03") e.v(bch, "e06") xc.toUbl(codes.orderTypes, e.v(bch, "e02"))/></#if>
  <#if kind != "OrderResponse"><@reference "cac:QuotationDocumentReference" x.ref(m.REF, "PR") ""/></#if>
  <@reference "cac:Contract" contractNumber ""/>
  <#if senderIsSeller>
  <@party seller e.v(isa, "e05") e.v(isa, "e06") "cac:SellerSupplierParty"/>
  <@party buyer e.v(isa, "e07") e.v(isa, "e08") "cac:BuyerCustomerParty"/>
  <#else>
  <@party buyer e.v(isa, "e05") e.v(isa, "e06") "cac:BuyerCustomerParty"/>
  <@party seller e.v(isa, "e07") e.v(isa, "e08") "cac:SellerSupplierParty"/>
  </#if>
  <#assign requested = [e.date(x.dtm(m.DTM, "002")), e.date(x.dtm(m.DTM, "063"))]>
  <#if shipTo?has_content || requested[0]?has_content || requested[1]?has_content>
  <cac:Delivery>
    <#if shipTo?has_content>
    <cac:DeliveryLocation>
      <@id "cbc:ID" e.v(shipTo.N1, "e04") xc.idSchemes[e.v(shipTo.N1, "e03")]!""/>
      <@address shipTo.N3 shipTo.N4 "cac:Address"/>
    </cac:DeliveryLocation>
    </#if>
    <@period "cac:RequestedDeliveryPeriod" requested[0] requested[1]/>
    <#if e.v(shipTo.N1, "e02")?has_content>
    <cac:DeliveryParty><cac:PartyName><cbc:Name>${e.v(shipTo.N1, "e02")}</cbc:Name></cac:PartyName></cac:DeliveryParty>
    </#if>
  </cac:Delivery>
  </#if>
  <#if e.v(fob, "e05")?has_content><cac:DeliveryTerms><cbc:ID>${e.v(fob, "e05")}</cbc:ID></cac:DeliveryTerms></#if>
  <#if e.v(terms, "e07")?has_content>
  <cac:PaymentTerms><cac:SettlementPeriod><cbc:DurationMeasure unitCode="DAY">${e.v(terms, "e07")}</cbc:DurationMeasure></cac:SettlementPeriod></cac:PaymentTerms>
  </#if>
  <#list m.H_SAC?filter(loop -> e.v(loop.SAC, "e01") != "N") as loop><@allowanceCharge loop/></#list>
  <#if payable?has_content>
  <#assign total = (kind == "OrderResponse")?then("cac:LegalMonetaryTotal", "cac:AnticipatedMonetaryTotal")>
  <${total}>
    <@amount "cbc:LineExtensionAmount" money(lineTotal)/>
    <@amount "cbc:PayableAmount" payable/>
  </${total}>
  </#if>
  <#list lines as line>
  <#assign segment = line[change?then("POC", "PO1")]>
  <#assign ids = x.productIds(segment, at.ids, at.ids + 18)>
  <#assign ack = (line.ACK[0])!{}>
  <#assign status = change?then(xc.toUbl(codes.lineChanges, e.v(segment, "e02")), xc.toUbl(codes.lineAcknowledgments, e.v(ack, "e01")))>
  <cac:OrderLine>
    <cac:LineItem>
      <cbc:ID>${e.v(segment, "e01")?has_content?then(e.v(segment, "e01"), line?counter?c)}</cbc:ID>
      <#list line.MSG as msg><cbc:Note>${e.v(msg, "e01")}</cbc:Note></#list>
      <#if status?has_content><cbc:LineStatusCode listID="UNCL1229">${status}</cbc:LineStatusCode></#if>
      <#if e.v(segment, at.quantity)?has_content>
      <cbc:Quantity<#if e.v(segment, at.unit)?has_content> unitCode="${xc.toUbl(xc.units, e.v(segment, at.unit))}"</#if>>${e.v(segment, at.quantity)}</cbc:Quantity>
      </#if>
      <@amount "cbc:LineExtensionAmount" lineAmount(segment)/>
      <#assign lineRequested = e.date(x.dtm(line.DTM, "002"))>
      <#assign linePromised = (e.v(ack, "e04") == "067")?then(e.date(e.v(ack, "e05")), "")>
      <#if lineRequested?has_content || linePromised?has_content>
      <cac:Delivery>
        <@period "cac:RequestedDeliveryPeriod" lineRequested ""/>
        <@period "cac:PromisedDeliveryPeriod" linePromised ""/>
      </cac:Delivery>
      </#if>
      <#list line.D_SAC?filter(loop -> e.v(loop.SAC, "e01") != "N") as loop><@allowanceCharge loop/></#list>
      <#if e.v(segment, at.price)?has_content>
      <cac:Price>
        <@amount "cbc:PriceAmount" e.v(segment, at.price)/>
        <#if e.v(segment, at.basis)?has_content><cbc:PriceTypeCode listID="X12-639">${e.v(segment, at.basis)}</cbc:PriceTypeCode></#if>
      </cac:Price>
      </#if>
      <cac:Item>
        <#assign descriptions = line.D_PID?filter(loop -> e.v(loop.PID, "e01") == "F" && e.v(loop.PID, "e05")?has_content)>
        <#list descriptions as loop><#if !loop?is_first><cbc:Description>${e.v(loop.PID, "e05")}</cbc:Description></#if></#list>
        <#if descriptions?has_content><cbc:Name>${e.v(descriptions[0].PID, "e05")}</cbc:Name></#if>
        <#list ids?filter(pair -> pair[0] == "BP" || pair[0] == "IN") as pair><#if pair?is_first><cac:BuyersItemIdentification><cbc:ID>${pair[1]}</cbc:ID></cac:BuyersItemIdentification></#if></#list>
        <#list ids?filter(pair -> pair[0] == "VN" || pair[0] == "VP") as pair><#if pair?is_first><cac:SellersItemIdentification><cbc:ID>${pair[1]}</cbc:ID></cac:SellersItemIdentification></#if></#list>
        <#-- UPC (12 digits), EAN (13) and GTIN-14 are all GTINs: ISO 6523 ICD 0160. -->
        <#list ids?filter(pair -> pair[0] == "UP" || pair[0] == "EN" || pair[0] == "UK") as pair><#if pair?is_first><cac:StandardItemIdentification><cbc:ID schemeID="0160">${pair[1]}</cbc:ID></cac:StandardItemIdentification></#if></#list>
      </cac:Item>
    </cac:LineItem>
  </cac:OrderLine>
  </#list>
</${kind}>
