package org.entrepot.translate.payment;

import static org.entrepot.translate.payment.PaymulToPain001Test.translateOne;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A single extended payment order (PAYEXT) becomes a pain.001 with one payment. The way back to
 * EDIFACT is a PAYMUL: both carry a payment order, and an agreement names a format and a
 * directory, not a message type, so pain.001 -> EDIFACT has one answer.
 */
class PayextToPain001Test {

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

    @ParameterizedTest
    @CsvSource({"96A, pain.001.001.09", "01B, pain.001.001.09", "96A, pain.001.001.03"})
    void globexPaysNordwindsInvoiceThroughItsBank(String directory, String painVersion) {
        byte[] payext = new String(Samples.read("payments/globex-natwest-payext-d96a.edi"), StandardCharsets.ISO_8859_1)
                .replace("PAYEXT:D:96A:UN", "PAYEXT:D:" + directory + ":UN").getBytes(StandardCharsets.ISO_8859_1);
        byte[] pain = translateOne(translator, payext, Format.ISO20022, painVersion);
        assertEquals(List.of(), IsoSchemas.problems(pain, painVersion));
        Map<String, String> facts = Pain001Facts.of(pain);
        assertEquals("GLX-PAY-2026-12-0318", facts.get("message.id"));
        assertEquals("1", facts.get("message.transactions"));
        assertEquals("5012345000008", facts.get("initiator.id"));
        String order = "order.GLX-PAY-2026-12-0318";
        assertEquals("2026-12-04", facts.get(order + ".date"));
        assertEquals("GB29NWBK60161331926819", facts.get(order + ".debtor.iban"));
        assertEquals("NWBKGB2LXXX", facts.get(order + ".debtor.bic"));
        assertEquals("SHAR", facts.get(order + ".chargeBearer"));
        String payment = "payment.GLX-E2E-INV-2026-0417";
        assertEquals("397.53", facts.get(payment + ".amount"));
        assertEquals("EUR", facts.get(payment + ".currency"));
        assertEquals("DE89370400440532013000", facts.get(payment + ".creditor.iban"));
        assertEquals("ELBUDEHHXXX", facts.get(payment + ".creditor.bic"));
        assertEquals("Nordwind Handel GmbH", facts.get(payment + ".creditor.name"));
        assertEquals("4012345000009", facts.get(payment + ".creditor.id"));
        assertEquals("Invoice INV-2026-0417 of 20.11.2026, order PO-GLX-55812", facts.get(payment + ".remittance"));

        byte[] paymul = translateOne(translator, pain, Format.EDIFACT, "D" + directory);
        assertEquals(facts, Pain001Facts.of(translateOne(translator, paymul, Format.ISO20022, painVersion)),
                "the same payment through a PAYMUL and back");
    }
}
