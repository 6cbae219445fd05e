package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.validation.Schema;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.HardenedXml;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** UN/CEFACT Cross Industry Invoice D16B: from UBL and EDI, validated against the official XSD, and back. */
class CiiInvoiceTest {

    /** The CII D16B schema as ph-cii-d16b ships it, compiled by the check stage's own loader. */
    private static final Schema CII = new ClasspathSchemas().schema("external/schemas/d16b/data/standard/CrossIndustryInvoice_100pD16B.xsd");

    /** An XPath reading of a CII document with the rsm/ram/udt prefixes. */
    private static String cii(byte[] xml, String expression) throws Exception {
        Document document = HardenedXml.documentBuilders().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        XPath xpath = XPathFactory.newDefaultInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "rsm" -> "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
                    case "ram" -> "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100";
                    case "udt" -> "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100";
                    default -> XMLConstants.NULL_NS_URI;
                };
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
        return xpath.evaluate(expression, document).trim();
    }

    /** The UBL values a round trip through CII must keep (those the UBL sample has). */
    private static final List<String> UBL_FACTS = List.of("/inv:Invoice/cbc:ID", "/inv:Invoice/cbc:IssueDate",
            "/inv:Invoice/cbc:DueDate", "/inv:Invoice/cbc:InvoiceTypeCode", "/inv:Invoice/cbc:Note",
            "/inv:Invoice/cbc:DocumentCurrencyCode", "//cac:OrderReference/cbc:ID", "//cac:OrderReference/cbc:IssueDate",
            "//cac:AccountingSupplierParty//cbc:EndpointID", "//cac:AccountingSupplierParty//cbc:EndpointID/@schemeID",
            "//cac:AccountingSupplierParty//cac:PartyName/cbc:Name", "//cac:AccountingSupplierParty//cbc:RegistrationName",
            "//cac:AccountingSupplierParty//cbc:StreetName", "//cac:AccountingSupplierParty//cbc:PostalZone",
            "//cac:AccountingSupplierParty//cac:Country/cbc:IdentificationCode",
            "//cac:AccountingSupplierParty//cac:PartyTaxScheme/cbc:CompanyID",
            "//cac:AccountingCustomerParty//cbc:CompanyID", "//cac:AccountingCustomerParty//cbc:CityName",
            "//cac:PaymentMeans/cbc:PaymentMeansCode", "//cac:PayeeFinancialAccount/cbc:ID",
            "//cac:PayeeFinancialAccount//cac:FinancialInstitutionBranch/cbc:ID", "//cbc:DurationMeasure",
            "//cac:Delivery/cbc:ActualDeliveryDate", "/inv:Invoice/cac:AllowanceCharge/cbc:ChargeIndicator",
            "/inv:Invoice/cac:AllowanceCharge/cbc:Amount", "/inv:Invoice/cac:AllowanceCharge/cac:TaxCategory/cbc:Percent",
            "/inv:Invoice/cac:TaxTotal/cbc:TaxAmount", "//cac:TaxSubtotal[2]/cbc:TaxableAmount", "//cac:TaxSubtotal[2]/cbc:TaxAmount",
            "//cac:TaxSubtotal[1]/cac:TaxCategory/cbc:Percent", "//cac:LegalMonetaryTotal/cbc:LineExtensionAmount",
            "//cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount", "//cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount",
            "//cac:LegalMonetaryTotal/cbc:ChargeTotalAmount", "//cac:LegalMonetaryTotal/cbc:PayableAmount",
            "//cac:InvoiceLine[2]/cbc:InvoicedQuantity", "//cac:InvoiceLine[2]/cbc:InvoicedQuantity/@unitCode",
            "//cac:InvoiceLine[2]/cbc:LineExtensionAmount", "//cac:InvoiceLine[2]/cac:AllowanceCharge/cbc:MultiplierFactorNumeric",
            "//cac:InvoiceLine[2]/cac:AllowanceCharge/cbc:Amount", "//cac:InvoiceLine[1]//cbc:Name",
            "//cac:InvoiceLine[1]//cac:StandardItemIdentification/cbc:ID", "//cac:InvoiceLine[1]//cac:SellersItemIdentification/cbc:ID",
            "//cac:InvoiceLine[1]//cac:ClassifiedTaxCategory/cbc:Percent", "//cac:InvoiceLine[1]/cac:Price/cbc:PriceAmount");

    @Test
    void meridiansUblInvoiceBecomesASchemaValidCiiInvoiceAndComesBackWithEveryValue() throws Exception {
        byte[] original = Samples.read("invoices/meridian-nordwind-ubl-invoice.xml");
        TranslatedDocument translated = SampleTranslations.translateOne(original, Target.of(Format.CII));

        assertEquals(Format.CII, translated.format());
        assertEquals(List.of(), XmlSchemaCheck.validate(translated.content(), CII));
        assertEquals("MF-2026-11873", cii(translated.content(), "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID"));
        assertEquals("8712345000004", cii(translated.content(),
                "//ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID[@schemeID='0088']"));

        UblDocument before = UblDocument.parse(original);
        byte[] back = SampleTranslations.translateOne(translated.content(), Target.of(Format.UBL)).content();
        assertEquals(List.of(), XmlSchemaCheck.validate(back, UBL21Marshaller.invoice().getSchema()));
        UblDocument after = UblDocument.parse(back);
        for (String path : UBL_FACTS) {
            assertEquals(before.text(path), after.text(path), path);
            assertTrue(!before.text(path).isEmpty(), "the sample has a value at " + path);
        }
        assertEquals(before.count("//cac:InvoiceLine"), after.count("//cac:InvoiceLine"));
    }

    @Test
    void nordwindsInvoicBecomesCiiThroughUblAndCiiBecomesTheSameInvoicAgain() throws Exception {
        byte[] original = Samples.read("invoices/nordwind-globex-invoic-d96a.edi");
        TranslatedDocument translated = SampleTranslations.translateOne(original, Target.of(Format.CII));

        assertEquals("edifact-d96a-invoic_to_ubl-2.1-invoice+ubl-2.1-invoice_to_cii-d16b-crossindustryinvoice", translated.mappingId());
        assertEquals(List.of(), XmlSchemaCheck.validate(translated.content(), CII));
        assertEquals("397.53", cii(translated.content(), "//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount"));
        assertEquals("DE89370400440532013000", cii(translated.content(), "//ram:PayeePartyCreditorFinancialAccount/ram:IBANID"));

        byte[] back = SampleTranslations.translateOne(translated.content(), new Target(Format.EDIFACT, "D96A")).content();
        MessageValues before = MessageValues.read(original, StandardCharsets.ISO_8859_1);
        MessageValues after = MessageValues.read(back, StandardCharsets.ISO_8859_1);
        assertEquals(List.of(), after.problems());
        Map<String, String> differences = MessageValues.difference(before.single(), after.single());
        // the note is one text in UBL and CII; EDIFACT splits it into 70-character components again
        differences.keySet().removeIf(key -> key.startsWith("FTX[1]/e04_"));
        assertEquals(Map.of(), differences);
    }

    @Test
    void anX12InvoiceReachesCiiWithItsTaxesAndTheCliNamesTheFormatCii() throws Exception {
        byte[] cii = SampleTranslations.translateOne(Samples.read("invoices/lakeside-globex-810-4010.edi"), Target.of(Format.CII)).content();
        assertEquals(List.of(), XmlSchemaCheck.validate(cii, CII));
        assertEquals("25.92", cii(cii, "//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CalculatedAmount"));
        assertEquals("USD", cii(cii, "//ram:InvoiceCurrencyCode"));
        assertEquals("36-4418207", cii(cii, "//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID[@schemeID='FC']"));
    }
}
