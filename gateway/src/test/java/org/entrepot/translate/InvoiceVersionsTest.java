package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entrepot.check.XmlSchemaCheck;
import org.junit.jupiter.api.Test;

/** INVOIC D.01B and X12 810 005010 to UBL 2.1 and back, value by value; and across versions through UBL. */
class InvoiceVersionsTest {

    private static byte[] translateOne(byte[] source, Target target) {
        return SampleTranslations.translateOne(source, target).content();
    }

    private static MessageValues facts(byte[] interchange, Charset charset) {
        MessageValues facts = MessageValues.read(interchange, charset);
        assertEquals(List.of(), facts.problems(), () -> "the interchange must be valid:\n" + new String(interchange, charset));
        return facts;
    }

    @Test
    void nordwindsD01bInvoicesBecomeValidUblAndComeBackWithEveryValue() {
        byte[] original = Samples.read("invoices/nordwind-globex-invoic-d01b.edi");
        MessageValues before = facts(original, StandardCharsets.ISO_8859_1);
        List<TranslatedDocument> ubl = SampleTranslations.translate(original, Target.of(Format.UBL));

        assertEquals(2, ubl.size());
        UblDocument first = UblDocument.parse(ubl.get(0).content());
        assertEquals("INV-2026-0522", first.text("/inv:Invoice/cbc:ID"), "D.01B's number is BGM C106 component 1");
        assertEquals("397.53", first.text("//cac:LegalMonetaryTotal/cbc:PayableAmount"), "totals are D.01B's SG50");
        assertEquals("3.43", first.text("//cac:TaxSubtotal[cac:TaxCategory/cbc:Percent='7']/cbc:TaxAmount"));
        assertEquals("10.00", first.text("//cac:InvoiceLine[cbc:ID='2']/cac:AllowanceCharge/cbc:Amount"));
        for (int i = 0; i < ubl.size(); i++) {
            assertEquals(List.of(), XmlSchemaCheck.validate(ubl.get(i).content(), UBL21Marshaller.invoice().getSchema()));
            byte[] back = translateOne(ubl.get(i).content(), new Target(Format.EDIFACT, "D01B"));
            assertTrue(new String(back, StandardCharsets.ISO_8859_1).contains("UNH+1+INVOIC:D:01B:UN'"));
            assertEquals(Map.of(), MessageValues.difference(before.messages().get(i), facts(back, StandardCharsets.ISO_8859_1).single()));
        }
        assertTrue(before.messages().get(0).size() > 150, "the extractor reads the whole invoice");
        assertEquals("58.53", before.messages().get(0).get("SG50[4]/MOA[1]/e01_02"));
    }

    @Test
    void aD96aInvoiceBecomesD01bThroughUblWithItsValues() {
        byte[] d01b = translateOne(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), new Target(Format.EDIFACT, "D01B"));
        Map<String, String> facts = facts(d01b, StandardCharsets.ISO_8859_1).single();
        assertEquals("INV-2026-0417", facts.get("BGM[1]/e02_01"));
        assertEquals("49.00", facts.get("SG26[4]/SG27[1]/MOA[1]/e01_02"));
        assertEquals("397.53", facts.get("SG50[5]/MOA[1]/e01_02"));
    }

    @Test
    void lakesides5010InvoicesBecomeValidUblAndComeBackWithEveryValue() {
        byte[] original = Samples.read("invoices/lakeside-globex-810-5010.edi");
        MessageValues before = facts(original, StandardCharsets.UTF_8);
        List<TranslatedDocument> ubl = SampleTranslations.translate(original, Target.of(Format.UBL));

        assertEquals(2, ubl.size());
        assertEquals("LS-2026-1402", UblDocument.parse(ubl.get(0).content()).text("/*/cbc:ID"));
        for (int i = 0; i < ubl.size(); i++) {
            byte[] back = translateOne(ubl.get(i).content(), new Target(Format.X12, "005010"));
            String text = new String(back, StandardCharsets.UTF_8);
            assertTrue(text.contains("*^*00501*") && text.contains("*X*005010~"), text);
            assertEquals(Map.of(), MessageValues.difference(before.messages().get(i), facts(back, StandardCharsets.UTF_8).single()), "transaction set " + (i + 1));
        }
        assertEquals("Credit for 40 hex bolts returned damaged, RMA 5521.", before.messages().get(1).get("NTE[1]/e02"));
    }

    @Test
    void aUblInvoiceGoesOutAs5010WhenThePartnerAsksForIt() {
        byte[] x12 = translateOne(Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"), new Target(Format.X12, "005010"));
        Map<String, String> facts = facts(x12, StandardCharsets.UTF_8).single();
        assertEquals("MF-2026-11873", facts.get("BIG[1]/e02"));
        assertTrue(new String(x12, StandardCharsets.UTF_8).startsWith("ISA*00*"));
    }

    @Test
    void aUblInvoiceWhosePartiesStateNoAddressStillBecomesAnInvoic() {
        String meridian = new String(Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"), StandardCharsets.UTF_8);
        byte[] withoutAddresses = meridian.replaceAll("(?s)<cac:PostalAddress>.*?</cac:PostalAddress>", "")
                .replaceAll("(?s)<cac:Address>.*?</cac:Address>", "").getBytes(StandardCharsets.UTF_8);
        assertTrue(withoutAddresses.length < meridian.length(), "the sample had addresses to remove");

        Map<String, String> facts = facts(translateOne(withoutAddresses, new Target(Format.EDIFACT, "D96A")),
                StandardCharsets.ISO_8859_1).single();
        assertEquals("Meridian Foods B.V.", facts.get("SG2[1]/NAD[1]/e04_01"));
        assertEquals(null, facts.get("SG2[1]/NAD[1]/e06"), "no city where none was given");
    }
}
