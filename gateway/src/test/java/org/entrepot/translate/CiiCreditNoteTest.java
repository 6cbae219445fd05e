package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.validation.Schema;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Credit notes between UBL and the Cross Industry Invoice: UBL has a CreditNote document, CII a
 * TypeCode in the one CrossIndustryInvoice, so the way to UBL is chosen by the document's content
 * (source.when on an XML path). Values are compared with XmlFacts, which reads every element and
 * attribute with a hardened parser, not with the templates.
 */
class CiiCreditNoteTest {

    private static final Schema CII = new ClasspathSchemas().schema("external/schemas/d16b/data/standard/CrossIndustryInvoice_100pD16B.xsd");
    private static final String UBL_CREDIT_NOTE = "invoices/meridian-nordwind-ubl-creditnote.xml";
    private static final String CII_CREDIT_NOTE = "invoices/nordwind-globex-cii-creditnote.xml";

    private static final String SETTLEMENT = "/CrossIndustryInvoice/SupplyChainTradeTransaction[1]/ApplicableHeaderTradeSettlement[1]";

    @Test
    void meridiansUblCreditNoteBecomesASchemaValidCiiCreditNoteNamingTheCreditedInvoice() {
        TranslatedDocument cii = SampleTranslations.translateOne(Samples.read(UBL_CREDIT_NOTE), Target.of(Format.CII));

        assertEquals("ubl-2.1-creditnote_to_cii-d16b-crossindustryinvoice", cii.mappingId());
        assertEquals(List.of(), XmlSchemaCheck.validate(cii.content(), CII));
        XmlFacts facts = XmlFacts.parse(cii.content());
        assertEquals("381", facts.get("/CrossIndustryInvoice/ExchangedDocument[1]/TypeCode[1]"));
        assertEquals("MF-CN-2026-0412", facts.get("/CrossIndustryInvoice/ExchangedDocument[1]/ID[1]"));
        assertEquals("MF-2026-11873", facts.get(SETTLEMENT + "/InvoiceReferencedDocument[1]/IssuerAssignedID[1]"));
        assertEquals("20261118", facts.get(SETTLEMENT + "/InvoiceReferencedDocument[1]/FormattedIssueDateTime[1]/DateTimeString[1]"));
        assertEquals("20261211", facts.get(SETTLEMENT + "/SpecifiedTradePaymentTerms[1]/DueDateDateTime[1]/DateTimeString[1]"),
                "the credit note's PaymentDueDate is CII's due date");
        assertEquals("480", facts.get("/CrossIndustryInvoice/SupplyChainTradeTransaction[1]/IncludedSupplyChainTradeLineItem[1]"
                + "/SpecifiedLineTradeDelivery[1]/BilledQuantity[1]"));
    }

    @Test
    void nordwindsCiiCreditNoteBecomesASchemaValidUblCreditNote() {
        byte[] original = Samples.read(CII_CREDIT_NOTE);
        assertEquals(List.of(), XmlSchemaCheck.validate(original, CII), "a valid sample");

        TranslatedDocument ubl = SampleTranslations.translateOne(original, Target.of(Format.UBL));
        assertEquals("CreditNote", ubl.messageType());
        assertEquals("cii-d16b-crossindustryinvoice_to_ubl-2.1-creditnote", ubl.mappingId());
        assertEquals(List.of(), XmlSchemaCheck.validate(ubl.content(), UBL21Marshaller.creditNote().getSchema()));
        UblDocument note = UblDocument.parse(ubl.content());
        assertEquals("GS-2026-0058", note.text("/*/cbc:ID"));
        assertEquals("381", note.text("/*/cbc:CreditNoteTypeCode"));
        assertEquals("INV-2026-0417", note.text("/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"));
        assertEquals("2026-11-20", note.text("/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:IssueDate"));
        assertEquals("2026-12-04", note.text("/*/cac:PaymentMeans/cbc:PaymentDueDate"));
        assertEquals("DE123456789", note.text("//cac:AccountingSupplierParty//cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID"));
        assertEquals("GB987654321", note.text("//cac:AccountingCustomerParty//cac:PartyTaxScheme/cbc:CompanyID"));
        assertEquals(3, note.count("/*/cac:CreditNoteLine"));
        assertEquals("250", note.text("/*/cac:CreditNoteLine[2]/cbc:CreditedQuantity"));
        assertEquals("94.65", note.text("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
    }

    @Test
    void aUblCreditNoteComesBackFromCiiWithEveryValue() {
        byte[] original = Samples.read(UBL_CREDIT_NOTE);
        byte[] cii = SampleTranslations.translateOne(original, Target.of(Format.CII)).content();
        TranslatedDocument back = SampleTranslations.translateOne(cii, Target.of(Format.UBL));

        assertEquals("CreditNote", back.messageType());
        assertEquals(List.of(), XmlSchemaCheck.validate(back.content(), UBL21Marshaller.creditNote().getSchema()));
        XmlFacts before = XmlFacts.parse(original);
        assertTrue(before.values().size() > 60, "the extractor reads the whole credit note: " + before.values().size());
        assertEquals(List.of(), before.differences(XmlFacts.parse(back.content())));
    }

    @Test
    void aCiiCreditNoteComesBackFromUblWithEveryValue() {
        byte[] original = Samples.read(CII_CREDIT_NOTE);
        byte[] ubl = SampleTranslations.translateOne(original, Target.of(Format.UBL)).content();
        TranslatedDocument back = SampleTranslations.translateOne(ubl, Target.of(Format.CII));

        assertEquals(List.of(), XmlSchemaCheck.validate(back.content(), CII));
        XmlFacts before = XmlFacts.parse(original);
        assertTrue(before.values().size() > 100, "the extractor reads the whole credit note: " + before.values().size());
        assertEquals(List.of(), before.differences(XmlFacts.parse(back.content())));
    }

    @Test
    void aCiiWithTypeCode380StillBecomesAUblInvoice() {
        byte[] invoice = new String(Samples.read(CII_CREDIT_NOTE), StandardCharsets.UTF_8)
                .replace("<ram:TypeCode>381</ram:TypeCode>", "<ram:TypeCode>380</ram:TypeCode>").getBytes(StandardCharsets.UTF_8);

        TranslatedDocument ubl = SampleTranslations.translateOne(invoice, Target.of(Format.UBL));
        assertEquals("Invoice", ubl.messageType());
        assertEquals("cii-d16b-crossindustryinvoice_to_ubl-2.1-invoice", ubl.mappingId());
        assertEquals(List.of(), XmlSchemaCheck.validate(ubl.content(), UBL21Marshaller.invoice().getSchema()));
        assertEquals("380", UblDocument.parse(ubl.content()).text("/*/cbc:InvoiceTypeCode"));
        assertEquals("2026-12-04", UblDocument.parse(ubl.content()).text("/*/cbc:DueDate"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"81", "83", "261", "262", "296", "308", "396", "420", "458", "532"})
    void everyCreditNoteCodeOfUncl1001MakesAUblCreditNoteThatKeepsIt(String code) {
        byte[] cii = new String(Samples.read(CII_CREDIT_NOTE), StandardCharsets.UTF_8)
                .replace("<ram:TypeCode>381</ram:TypeCode>", "<ram:TypeCode>" + code + "</ram:TypeCode>").getBytes(StandardCharsets.UTF_8);

        TranslatedDocument ubl = SampleTranslations.translateOne(cii, Target.of(Format.UBL));
        assertEquals("CreditNote", ubl.messageType());
        assertEquals(code, UblDocument.parse(ubl.content()).text("/*/cbc:CreditNoteTypeCode"));
    }

    @Test
    void aCiiCreditNoteReachesEdifactAsAnInvoicWithBgm381AndAnEdifactCreditNoteReachesCiiAs381() {
        byte[] invoic = SampleTranslations.translateOne(Samples.read(CII_CREDIT_NOTE), new Target(Format.EDIFACT, "D96A")).content();
        // the INVOIC writer copies the sample's longer texts (a 3229 of 18 characters) as they are: its
        // own limit, not the credit note's, so only what tells a credit note is asserted here
        String edifact = new String(invoic, StandardCharsets.ISO_8859_1);
        assertTrue(edifact.contains("BGM+381+GS-2026-0058+9'") && edifact.contains("RFF+IV:INV-2026-0417'"), edifact);

        byte[] original = Samples.read("invoices/nordwind-globex-creditnote-d96a.edi");
        TranslatedDocument cii = SampleTranslations.translateOne(original, Target.of(Format.CII));
        assertEquals("edifact-d96a-invoic_to_ubl-2.1-creditnote+ubl-2.1-creditnote_to_cii-d16b-crossindustryinvoice", cii.mappingId());
        assertEquals(List.of(), XmlSchemaCheck.validate(cii.content(), CII));
        assertEquals("381", XmlFacts.parse(cii.content()).get("/CrossIndustryInvoice/ExchangedDocument[1]/TypeCode[1]"));

        TranslatedDocument back = SampleTranslations.translateOne(cii.content(), new Target(Format.EDIFACT, "D96A"));
        assertEquals("cii-d16b-crossindustryinvoice_to_ubl-2.1-creditnote+ubl-2.1-creditnote_to_edifact-d96a-invoic", back.mappingId());
        Map<String, String> differences = MessageValues.difference(MessageValues.read(original, StandardCharsets.ISO_8859_1).single(),
                MessageValues.read(back.content(), StandardCharsets.ISO_8859_1).single());
        assertEquals(Map.of(), differences);
    }
}
