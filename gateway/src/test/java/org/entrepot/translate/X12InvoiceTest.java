package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

/** The X12 810 (004010) mappings: to UBL, back, and from EDIFACT through the UBL pivot. */
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

    @Test
    void lakesidesInvoiceKeepsEveryBusinessValueThroughUbl() {
        byte[] original = Samples.read(LAKESIDE);
        assertSameBusinessValues(original, backThroughUbl(original), 140);
    }

    @Test
    void amountsOfAFewCentsKeepTheirImpliedDecimalsThroughUbl() throws Exception {
        byte[] original = X12TransactionSchemaTest.testData("small-amounts/810.edi");
        byte[] ubl = translateOne(translator, original, Format.UBL).content();

        Ubl invoice = new Ubl(ubl);
        assertAll(
                invoice.is("cac:LegalMonetaryTotal/cbc:PayableAmount", "0.12"),
                invoice.is("cac:AllowanceCharge/cbc:Amount", "0.07"),
                invoice.is("cac:InvoiceLine/cbc:LineExtensionAmount", "0.05"));
        assertSameBusinessValues(original, translateOne(translator, ubl, Format.X12).content(), 20);
    }

    @Test
    void theEnvelopeIsFixedWidthWithNineDigitControlNumbersAndMatchingCounts() {
        byte[] x12 = backThroughUbl(Samples.read(LAKESIDE));
        X12InvoiceFacts facts = X12InvoiceFacts.read(x12);
        String control = String.format("%09d", Long.parseLong(CONTROL_REFERENCE, 36) % 1_000_000_000L);

        assertEquals(List.of(), facts.problems(), "SE, GE and IEA counts and references agree");
        assertTrue(new String(x12, StandardCharsets.UTF_8).startsWith(
                "ISA*00*          *00*          *01*123456789      *01*211000002      *261121*0815*U*00401*"
                        + control + "*0*P*>~\n"));
        assertAll(
                () -> assertEquals("IN", facts.envelope().get("GS/e01")),
                () -> assertEquals("004010", facts.envelope().get("GS/e08")),
                () -> assertEquals("20261121", facts.envelope().get("GS/e04")),
                () -> assertEquals(Long.toString(Long.parseLong(control)), facts.envelope().get("GS/e06")),
                () -> assertEquals("39", facts.envelope().get("SE/e01")));
    }

    @Test
    void aDecimalControlReferenceIsUsedAsItIs() {
        Translator numbered = new Translator(mappings, Translator.transactionSchemas(new MessageSchemas()),
                Clock.systemUTC(), () -> "417");
        byte[] ubl = translateOne(numbered, Samples.read(LAKESIDE), Format.UBL).content();

        X12InvoiceFacts facts = X12InvoiceFacts.read(translateOne(numbered, ubl, Format.X12).content());
        assertEquals("000000417", facts.envelope().get("ISA/e13"));
    }

    @Test
    void nordwindsInvoicBecomesAnX12InvoiceThroughTheUblPivot() {
        TranslatedDocument x12 = translateOne(translator, Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), Format.X12);
        X12InvoiceFacts facts = X12InvoiceFacts.read(x12.content());

        assertEquals("edifact-d96a-invoic_to_ubl-2.1-invoice+ubl-2.1-invoice_to_x12-4010-810", x12.mappingId());
        assertEquals(List.of(), facts.problems());
        assertAll(
                () -> assertEquals("14", facts.envelope().get("ISA/e05"), "GLN sender, as partners.yaml agrees"),
                () -> assertEquals("4012345000009  ", facts.envelope().get("ISA/e06")),
                () -> assertEquals("INV-2026-0417", facts.get("BIG[1]/e02")),
                () -> assertEquals("PO-88123", facts.get("BIG[1]/e04")),
                () -> assertEquals("EUR", facts.get("CUR[1]/e02")),
                () -> assertEquals("UL", facts.get("H_N1[1]/N1[1]/e03")),
                () -> assertEquals("DE123456789", facts.get("H_N1[1]/REF[1]/e02")),
                () -> assertEquals(4, facts.count("", "D_IT1")),
                () -> assertEquals("PC", facts.get("D_IT1[2]/IT1[1]/e03"), "EDIFACT PCE, UBL H87"),
                () -> assertEquals("4012345100020", facts.get("D_IT1[2]/IT1[1]/e07")),
                () -> assertEquals("1000", facts.get("D_IT1[2]/D_SAC[1]/SAC[1]/e05"), "10.00 with implied decimals"),
                () -> assertEquals("VA", facts.get("D_IT1[4]/TXI[1]/e01")),
                () -> assertEquals("7", facts.get("D_IT1[4]/TXI[1]/e03")),
                () -> assertEquals("39753", facts.get("TDS[1]/e01")),
                () -> assertEquals("55.10", facts.get("TXI[1]/e02")),
                () -> assertEquals("290.00", facts.get("TXI[1]/e08")),
                () -> assertEquals("D240", facts.get("S_SAC[1]/SAC[1]/e02")),
                () -> assertEquals("4", facts.get("CTT[1]/e01")));
    }

    private static byte[] backThroughUbl(byte[] x12) {
        byte[] ubl = translateOne(translator, x12, Format.UBL).content();
        return translateOne(translator, ubl, Format.X12).content();
    }

    /** Every data element between ST and SE, compared one by one; at least {@code expected} of them. */
    private static void assertSameBusinessValues(byte[] original, byte[] back, int expected) {
        X12InvoiceFacts before = X12InvoiceFacts.read(original);
        X12InvoiceFacts after = X12InvoiceFacts.read(back);
        assertEquals(List.of(), before.problems());
        assertEquals(List.of(), after.problems());
        assertTrue(before.business().size() >= expected, "only " + before.business().size() + " values read");
        assertAll(before.keysWith(after).stream()
                .map(key -> (Executable) () -> assertEquals(before.get(key), after.get(key), key)));
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
