package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.document.Outcome;
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

    private static byte[] translateOne(byte[] source, Format target) {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(source, target);
        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        assertEquals(1, outcome.value().size());
        return outcome.value().get(0).content();
    }

    @Test
    void nordwindsInvoicKeepsEveryBusinessValueThroughUbl() {
        byte[] original = Samples.read("invoices/nordwind-globex-invoic-d96a.edi");
        byte[] ubl = translateOne(original, Format.UBL);
        byte[] back = translateOne(ubl, Format.EDIFACT);
        System.out.println(new String(back, StandardCharsets.ISO_8859_1));
    }
}
