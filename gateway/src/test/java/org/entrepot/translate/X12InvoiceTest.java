package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Document;

/** The X12 810 (004010) mapping to UBL. */
class X12InvoiceTest {

    private static final String LAKESIDE = "invoices/lakeside-globex-810-4010.edi";
    /** A base-36 reference such as the gateway makes; ISA13 must come out as 9 digits. */
    private static final String CONTROL_REFERENCE = "MHU3K2QF";

    private static MappingCatalog mappings;
    private static Translator translator;

    @BeforeAll
    static void loadMappings() {
        mappings = Samples.mappings();
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T08:15:00Z"), ZoneOffset.UTC);
        Supplier<String> references = () -> CONTROL_REFERENCE;
        translator = new Translator(mappings, Translator.transactionSchemas(new MessageSchemas()), clock, references);
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    static TranslatedDocument translateOne(Translator translator, byte[] source, Format target) {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(source, target);
        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        assertEquals(1, outcome.value().size());
        return outcome.value().get(0);
    }

    @Test
    void lakesidesInvoiceBecomesASchemaValidUblInvoiceWithItsValues() throws Exception {
        byte[] ubl = translateOne(translator, Samples.read(LAKESIDE), Format.UBL).content();

        assertEquals(List.of(), XmlSchemaCheck.validate(ubl, UBL21Marshaller.invoice().getSchema()));
        Ubl invoice = new Ubl(ubl);
        assertAll(
                invoice.is("cbc:ID", "LS-2026-1187"),
                invoice.is("cbc:IssueDate", "2026-11-20"),
                invoice.is("cbc:DueDate", "2026-12-20"),
                invoice.is("cbc:DocumentCurrencyCode", "USD"),
                invoice.is("cac:OrderReference/cbc:ID", "PO-77310"),
                invoice.is("cac:OrderReference/cbc:IssueDate", "2026-11-02"),
                invoice.is("cac:PaymentTerms/cac:SettlementPeriod/cbc:DurationMeasure", "30"),
                invoice.is("cac:Delivery/cac:Despatch/cbc:ActualDespatchDate", "2026-11-18"));
        String supplier = "cac:AccountingSupplierParty/cac:Party/";
        String customer = "cac:AccountingCustomerParty/cac:Party/";
        assertAll(
                invoice.is(supplier + "cbc:EndpointID", "123456789"),
                invoice.is(supplier + "cbc:EndpointID/@schemeID", "0060"),
                invoice.is(supplier + "cac:PartyName/cbc:Name", "Lakeside Supply Co."),
                invoice.is(supplier + "cac:PostalAddress/cbc:CityName", "Chicago"),
                invoice.is(supplier + "cac:PostalAddress/cbc:CountrySubentity", "IL"),
                invoice.is(supplier + "cac:Contact/cbc:ElectronicMail", "ar@lakeside-supply.example"),
                invoice.is(customer + "cbc:EndpointID", "211000002"),
                invoice.is(customer + "cbc:EndpointID/@schemeID", "0060"),
                invoice.is(customer + "cac:PartyTaxScheme/cbc:CompanyID", "GB987654321"),
                invoice.is(customer + "cac:PostalAddress/cbc:PostalZone", "M3 2BW"),
                invoice.is("cac:Delivery/cac:DeliveryLocation/cbc:ID", "2110000020001"),
                invoice.is("cac:Delivery/cac:DeliveryLocation/cbc:ID/@schemeID", "DUNS+4"));
        assertAll(
                invoice.is("count(cac:InvoiceLine)", "4"),
                invoice.is("cac:InvoiceLine[2]/cbc:InvoicedQuantity", "10"),
                invoice.is("cac:InvoiceLine[2]/cbc:InvoicedQuantity/@unitCode", "CS"),
                invoice.is("cac:InvoiceLine[3]/cbc:InvoicedQuantity/@unitCode", "LBR"),
                invoice.is("cac:InvoiceLine[1]/cbc:InvoicedQuantity/@unitCode", "EA"),
                invoice.is("cac:InvoiceLine[1]/cac:Price/cbc:PriceAmount", "0.25"),
                invoice.is("cac:InvoiceLine[1]/cac:Item/cac:StandardItemIdentification/cbc:ID", "012345100017"),
                invoice.is("cac:InvoiceLine[1]/cac:Item/cac:SellersItemIdentification/cbc:ID", "LS-HB-516"),
                invoice.is("cac:InvoiceLine[1]/cac:Item/cac:BuyersItemIdentification/cbc:ID", "GX-10001"),
                invoice.is("cac:InvoiceLine[1]/cbc:LineExtensionAmount", "125.00"),
                invoice.is("cac:InvoiceLine[2]/cbc:LineExtensionAmount", "70.00"),
                invoice.is("cac:InvoiceLine[2]/cac:AllowanceCharge/cbc:Amount", "10.00"),
                invoice.is("cac:InvoiceLine[4]/cac:Item/cbc:Name", "Fastener handbook, 2026 edition"),
                invoice.is("cac:InvoiceLine[4]/cac:TaxTotal/cbc:TaxAmount", "3.92"),
                invoice.is("cac:InvoiceLine[4]/cac:Item/cac:ClassifiedTaxCategory/cbc:Percent", "8"));
        assertAll(
                invoice.is("cac:AllowanceCharge[cbc:ChargeIndicator='true']/cbc:Amount", "45.00"),
                invoice.is("cac:AllowanceCharge[cbc:ChargeIndicator='true']/cbc:AllowanceChargeReasonCode", "FC"),
                invoice.is("cac:AllowanceCharge[cbc:ChargeIndicator='false']/cbc:Amount", "15.00"),
                invoice.is("cac:TaxTotal/cbc:TaxAmount", "25.92"),
                invoice.is("cac:TaxTotal/cac:TaxSubtotal/cbc:TaxableAmount", "324.00"),
                invoice.is("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory/cac:TaxScheme/cbc:ID", "STT"),
                invoice.is("cac:LegalMonetaryTotal/cbc:LineExtensionAmount", "294.00"),
                invoice.is("cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount", "324.00"),
                invoice.is("cac:LegalMonetaryTotal/cbc:PayableAmount", "349.92"),
                invoice.is("cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID", "USD"));
    }

    /** A UBL invoice parsed without DTDs or external entities, asked by XPath from the root. */
    private static final class Ubl {
        private static final Map<String, String> NAMESPACES = Map.of(
                "inv", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
                "cac", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
                "cbc", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");

        private final Document document;
        private final XPath xpath = XPathFactory.newDefaultInstance().newXPath();

        Ubl(byte[] xml) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public Iterator<String> getPrefixes(String uri) {
                    return Stream.<String>empty().iterator();
                }
            });
        }

        /** An assertion that the expression, relative to /inv:Invoice, evaluates to the expected text. */
        Executable is(String expression, String expected) {
            String absolute = expression.startsWith("count(")
                    ? "count(/inv:Invoice/" + expression.substring(6) : "/inv:Invoice/" + expression;
            return () -> assertEquals(expected, xpath.evaluate(absolute, document).trim(), expression);
        }
    }
}
