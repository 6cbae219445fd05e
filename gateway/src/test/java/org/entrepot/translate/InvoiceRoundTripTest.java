package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entrepot.document.Outcome;
import org.entrepot.document.Rejection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InvoiceRoundTripTest {

    private static MappingCatalog mappings;
    private static Translator translator;

    @BeforeAll
    static void loadMappings() {
        mappings = Samples.mappings();
        translator = new Translator(mappings);
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    static byte[] translateOne(Translator translator, byte[] source, Format target) {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(source, target);
        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        assertEquals(1, outcome.value().size());
        return outcome.value().get(0).content();
    }

    private static Map<String, String> facts(byte[] interchange, java.nio.charset.Charset charset) {
        List<Rejection> problems = new ArrayList<>();
        Map<String, String> facts = EdifactInvoiceFacts.of(interchange, charset, problems);
        assertEquals(List.of(), problems, "the interchange must be valid");
        return facts;
    }

    @Test
    void nordwindsInvoicKeepsEveryBusinessValueThroughUbl() {
        byte[] original = Samples.read("invoices/nordwind-globex-invoic-d96a.edi");
        byte[] back = translateOne(translator, translateOne(translator, original, Format.UBL), Format.EDIFACT);

        Map<String, String> before = facts(original, StandardCharsets.ISO_8859_1);
        Map<String, String> after = facts(back, StandardCharsets.ISO_8859_1);

        // the facts a person would check first, so a broken extractor cannot hide a broken mapping
        assertEquals("INV-2026-0417", after.get("invoice.number"));
        assertEquals("20261120", after.get("invoice.date"));
        assertEquals("Nordwind Handel GmbH", after.get("party.SU.name"));
        assertEquals("DE89370400440532013000", after.get("party.SU.account"));
        assertEquals("GB987654321", after.get("party.BY.reference.VA"));
        assertEquals("5012345000015", after.get("party.DP.id"));
        assertEquals("1000", after.get("line.2.quantity"));
        assertEquals("10.00", after.get("line.2.charge.1.amount.204"));
        assertEquals("7", after.get("line.4.taxRate"));
        assertEquals("45.00", after.get("charge.1.amount.8"));
        assertEquals("397.53", after.get("total.amount.77"));
        assertEquals("3.43", after.get("tax.2.amount.124"));
        assertEquals("Lieferung auf 2 Paletten, bitte trocken lagern.Rückfragen an Frau Müller: 040 555 0199",
                after.get("note"));
        assertTrue(before.size() > 80, "the extractor reads the whole invoice: " + before.size());
        assertEquals(before, after);
    }

    @Test
    void chineseNamesSurviveTheRoundTripInUtf8() {
        byte[] original = Samples.read("invoices/yuanhang-globex-invoic-d96a-utf8.edi");
        byte[] ubl = translateOne(translator, original, Format.UBL);
        byte[] back = translateOne(translator, ubl, Format.EDIFACT);

        String interchange = new String(back, StandardCharsets.UTF_8);
        assertTrue(interchange.contains("UNB+UNOW:4+"), "non-Latin text goes out as UNOW: " + interchange.substring(0, 60));
        Map<String, String> before = facts(original, StandardCharsets.UTF_8);
        Map<String, String> after = facts(back, StandardCharsets.UTF_8);
        assertEquals("上海远航贸易有限公司", after.get("party.SU.name"));
        assertEquals("真丝围巾 （苏州） 90×90厘米", after.get("line.3.name"));
        assertEquals(before, after);
    }

    @Test
    void meridiansUblInvoiceBecomesAValidInvoicAndComesBackWithTheSameValues() {
        byte[] original = Samples.read("invoices/meridian-nordwind-ubl-invoice.xml");
        assertEquals(List.of(), org.entrepot.check.XmlSchemaCheck.validate(original,
                com.helger.ubl21.UBL21Marshaller.invoice().getSchema()), "the sample itself is valid UBL");

        byte[] invoic = translateOne(translator, original, Format.EDIFACT);
        Map<String, String> edifact = facts(invoic, StandardCharsets.ISO_8859_1);
        assertEquals("MF-2026-11873", edifact.get("invoice.number"));
        assertEquals("8712345000004", edifact.get("party.SU.id"));
        assertEquals("KGM", edifact.get("line.10.unit"));
        assertEquals("PCE", edifact.get("line.20.unit"));
        assertEquals("10", edifact.get("line.20.charge.1.percent"));
        assertEquals("Koelgoederen: bij ontvangst direct koel bewaren (2-6 °C). Reference \"Winter assortment\" + samples",
                edifact.get("note"), "release characters protect ':' and '+' in the note");

        UblDocument before = UblDocument.parse(original);
        UblDocument after = UblDocument.parse(translateOne(translator, invoic, Format.UBL));
        for (String path : List.of("/inv:Invoice/cbc:ID", "/inv:Invoice/cbc:IssueDate", "/inv:Invoice/cbc:DueDate",
                "/inv:Invoice/cbc:Note", "//cac:OrderReference/cbc:ID", "//cac:OrderReference/cbc:IssueDate",
                "//cac:AccountingSupplierParty//cbc:EndpointID", "//cac:AccountingSupplierParty//cbc:StreetName",
                "//cac:AccountingSupplierParty//cbc:PostalZone", "//cac:AccountingCustomerParty//cbc:CompanyID",
                "//cac:PayeeFinancialAccount/cbc:ID", "//cac:PayeeFinancialAccount//cac:FinancialInstitutionBranch/cbc:ID",
                "//cac:PaymentMeans/cbc:PaymentMeansCode", "//cbc:DurationMeasure", "//cac:Delivery/cbc:ActualDeliveryDate",
                "/inv:Invoice/cac:AllowanceCharge/cbc:Amount", "/inv:Invoice/cac:AllowanceCharge/cac:TaxCategory/cbc:Percent",
                "/inv:Invoice/cac:TaxTotal/cbc:TaxAmount", "//cac:TaxSubtotal[2]/cbc:TaxableAmount",
                "//cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount", "//cac:LegalMonetaryTotal/cbc:PayableAmount",
                "//cac:InvoiceLine[2]/cbc:InvoicedQuantity", "//cac:InvoiceLine[2]/cbc:InvoicedQuantity/@unitCode",
                "//cac:InvoiceLine[2]/cac:AllowanceCharge/cbc:MultiplierFactorNumeric",
                "//cac:InvoiceLine[2]/cac:AllowanceCharge/cbc:Amount", "//cac:InvoiceLine[1]//cbc:Name",
                "//cac:InvoiceLine[1]//cac:StandardItemIdentification/cbc:ID", "//cac:InvoiceLine[1]/cac:Price/cbc:PriceAmount")) {
            assertEquals(before.text(path), after.text(path), path);
            assertTrue(!before.text(path).isEmpty(), "the sample has a value at " + path);
        }
        assertEquals(before.count("//cac:InvoiceLine"), after.count("//cac:InvoiceLine"));
    }
}
