package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entrepot.check.XmlSchemaCheck;
import org.junit.jupiter.api.Test;

/**
 * Credit notes: EDIFACT and X12 carry them in the invoice message (BGM 381, BIG07 CR), UBL as a
 * CreditNote. The mapping is chosen by the message's content (source.when).
 */
class CreditNoteTest {

    private static Map<String, String> facts(byte[] interchange, java.nio.charset.Charset charset) {
        MessageValues facts = MessageValues.read(interchange, charset);
        assertEquals(List.of(), facts.problems(), () -> "the interchange must be valid:\n" + new String(interchange, charset));
        return facts.single();
    }

    @Test
    void anInvoicWithBgm381BecomesASchemaValidUblCreditNote() {
        TranslatedDocument ubl = SampleTranslations.translateOne(Samples.read("invoices/nordwind-globex-creditnote-d96a.edi"), Target.of(Format.UBL));

        assertEquals("CreditNote", ubl.messageType());
        assertEquals("edifact-d96a-invoic_to_ubl-2.1-creditnote", ubl.mappingId());
        assertEquals(List.of(), XmlSchemaCheck.validate(ubl.content(), UBL21Marshaller.creditNote().getSchema()));
        UblDocument note = UblDocument.parse(ubl.content());
        assertEquals("CN-2026-0031", note.text("/*/cbc:ID"));
        assertEquals("381", note.text("/*/cbc:CreditNoteTypeCode"));
        assertEquals("INV-2026-0417", note.text("/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"));
        assertEquals("2026-11-20", note.text("/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate"));
        assertEquals("200", note.text("/*/cac:CreditNoteLine/cbc:CreditedQuantity"));
        assertEquals("11.90", note.text("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
    }

    @Test
    void theCreditNoteComesBackAsTheSameInvoicValueByValueInBothDirectories() {
        byte[] original = Samples.read("invoices/nordwind-globex-creditnote-d96a.edi");
        Map<String, String> before = facts(original, StandardCharsets.ISO_8859_1);
        byte[] ubl = SampleTranslations.translateOne(original, Target.of(Format.UBL)).content();

        TranslatedDocument back = SampleTranslations.translateOne(ubl, new Target(Format.EDIFACT, "D96A"));
        assertEquals("ubl-2.1-creditnote_to_edifact-d96a-invoic", back.mappingId());
        assertEquals(Map.of(), MessageValues.difference(before, facts(back.content(), StandardCharsets.ISO_8859_1)));
        assertTrue(before.size() > 60, "the extractor reads the whole credit note");

        byte[] d01b = SampleTranslations.translateOne(ubl, new Target(Format.EDIFACT, "D01B")).content();
        Map<String, String> newer = facts(d01b, StandardCharsets.ISO_8859_1);
        assertEquals("381", newer.get("BGM[1]/e01_01"));
        byte[] again = SampleTranslations.translateOne(d01b, Target.of(Format.UBL)).content();
        assertEquals(List.of(), XmlSchemaCheck.validate(again, UBL21Marshaller.creditNote().getSchema()));
        assertEquals("INV-2026-0417", UblDocument.parse(again).text("//cac:BillingReference//cbc:ID"));
    }

    @Test
    void an810CreditMemoBecomesACreditNoteAndTheInvoiceBesideItStaysAnInvoice() {
        List<TranslatedDocument> ubl = SampleTranslations.translate(Samples.read("invoices/lakeside-globex-810-5010.edi"), Target.of(Format.UBL));

        assertEquals(List.of("Invoice", "CreditNote"), ubl.stream().map(TranslatedDocument::messageType).toList());
        assertEquals(List.of(), XmlSchemaCheck.validate(ubl.get(1).content(), UBL21Marshaller.creditNote().getSchema()));
        UblDocument note = UblDocument.parse(ubl.get(1).content());
        assertEquals("LS-CR-2026-0088", note.text("/*/cbc:ID"));
        assertEquals("381", note.text("/*/cbc:CreditNoteTypeCode"));
        assertEquals("0.80", note.text("/*/cac:CreditNoteLine/cac:TaxTotal/cbc:TaxAmount"));
        byte[] back = SampleTranslations.translateOne(ubl.get(1).content(), new Target(Format.X12, "005010")).content();
        assertTrue(new String(back, StandardCharsets.UTF_8).contains("BIG*20261124*LS-CR-2026-0088*20261102*PO-77310***CR~"));
    }

    @Test
    void meridiansUblCreditNoteReachesEdifactAndX12AndComesBackTheSame() {
        byte[] original = Samples.read("invoices/meridian-nordwind-ubl-creditnote.xml");
        assertEquals(List.of(), XmlSchemaCheck.validate(original, UBL21Marshaller.creditNote().getSchema()), "a valid sample");
        UblDocument before = UblDocument.parse(original);

        byte[] invoic = SampleTranslations.translateOne(original, new Target(Format.EDIFACT, "D96A")).content();
        Map<String, String> edifact = facts(invoic, StandardCharsets.ISO_8859_1);
        assertEquals("381", edifact.get("BGM[1]/e01_01"));
        assertEquals("MF-2026-11873", edifact.get("SG1[2]/RFF[1]/e01_02"));
        assertEquals("20261211", edifact.get("SG8[1]/DTM[1]/e01_02"), "the payment due date travels as PAT/DTM 13");

        byte[] x12 = SampleTranslations.translateOne(original, new Target(Format.X12, "004010")).content();
        assertTrue(new String(x12, StandardCharsets.UTF_8).contains("REF*OI*MF-2026-11873~"));

        for (byte[] edi : List.of(invoic, x12)) {
            byte[] again = SampleTranslations.translateOne(edi, Target.of(Format.UBL)).content();
            assertEquals(List.of(), XmlSchemaCheck.validate(again, UBL21Marshaller.creditNote().getSchema()));
            UblDocument after = UblDocument.parse(again);
            for (String path : List.of("/*/cbc:ID", "/*/cbc:IssueDate", "/*/cbc:CreditNoteTypeCode",
                    "/*/cac:OrderReference/cbc:ID", "/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID",
                    "//cac:AccountingSupplierParty//cbc:EndpointID", "//cac:AccountingCustomerParty//cac:PartyName/cbc:Name",
                    "//cac:PaymentMeans/cbc:PaymentDueDate", "/*/cac:TaxTotal/cbc:TaxAmount",
                    "//cac:TaxSubtotal/cbc:TaxableAmount", "//cac:LegalMonetaryTotal/cbc:PayableAmount",
                    "//cac:CreditNoteLine/cbc:CreditedQuantity", "//cac:CreditNoteLine/cbc:CreditedQuantity/@unitCode",
                    "//cac:CreditNoteLine//cbc:Name", "//cac:CreditNoteLine/cac:Price/cbc:PriceAmount")) {
                assertEquals(before.text(path), after.text(path), path);
            }
        }
    }
}
