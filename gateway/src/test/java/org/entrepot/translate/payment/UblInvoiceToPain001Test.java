package org.entrepot.translate.payment;

import static org.entrepot.translate.payment.PaymulToPain001Test.translateOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Target;
import org.entrepot.translate.TranslatedDocument;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Pay this invoice": the buyer's UBL invoice becomes the pain.001 its bank receives. */
class UblInvoiceToPain001Test {

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

    @Test
    void meridiansInvoiceBecomesNordwindsCreditTransfer() {
        byte[] invoice = Samples.read("payments/meridian-nordwind-ubl-invoice-payer-account.xml");
        assertEquals(List.of(), XmlSchemaCheck.validate(invoice, com.helger.ubl21.UBL21Marshaller.invoice().getSchema()));
        byte[] pain = translateOne(translator, invoice, Format.ISO20022, "pain.001.001.09");
        assertEquals(List.of(), XmlSchemaCheck.validate(pain, new ClasspathSchemas().schema("iso20022/pain.001.001.09.xsd")));

        Map<String, String> facts = Pain001Facts.of(pain);
        assertEquals("4012345000009", facts.get("initiator.id"), "Nordwind, the customer, orders the payment");
        String order = "order.PAY-MF-2026-11873";
        assertEquals("2026-12-03", facts.get(order + ".date"), "paid on the due date");
        assertEquals("DE89370400440532013000", facts.get(order + ".debtor.iban"));
        assertEquals("ELBUDEHHXXX", facts.get(order + ".debtor.bic"));
        assertEquals("Nordwind Handel GmbH", facts.get(order + ".debtor.name"));
        String payment = "payment.MF-2026-11873";
        assertEquals("Meridian Foods B.V.", facts.get(payment + ".creditor.name"));
        assertEquals("8712345000004", facts.get(payment + ".creditor.id"));
        assertEquals("NL91ABNA0417164300", facts.get(payment + ".creditor.iban"));
        assertEquals("ABNANL2A", facts.get(payment + ".creditor.bic"));
        assertEquals(com.helger.ubl21.UBL21Marshaller.invoice().read(invoice).getLegalMonetaryTotal().getPayableAmountValue()
                .toPlainString(), facts.get(payment + ".amount"));
        assertEquals("EUR", facts.get(payment + ".currency"));
        assertEquals("MF-2026-11873", facts.get(payment + ".remittance"));

        byte[] pain03 = translateOne(translator, invoice, Format.ISO20022, "pain.001.001.03");
        assertEquals(List.of(), IsoSchemas.problems(pain03, "pain.001.001.03"));
        assertEquals(facts.get(payment + ".amount"), Pain001Facts.of(pain03).get(payment + ".amount"));
    }

    @Test
    void anInvoiceWithoutThePayersAccountIsRefusedWithTheReason() {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"),
                new Target(Format.ISO20022, "pain.001.001.09"));
        assertTrue(!outcome.isAccepted());
        assertEquals(Reason.MAPPING_FAILED, outcome.rejections().get(0).reason());
        assertTrue(outcome.rejections().get(0).message().contains("names no payer account"), outcome.rejections()::toString);
    }
}
