package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.helger.ubl21.UBL21Marshaller;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.document.Outcome;
import org.entrepot.document.Rejection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EdifactInvoiceToUblTest {

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
    void nordwindsInvoicBecomesASchemaValidUblInvoice() {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(
                Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), Format.UBL);

        assertTrue(outcome.isAccepted(), () -> outcome.rejections().toString());
        TranslatedDocument ubl = outcome.value().get(0);
        System.out.println(new String(ubl.content(), StandardCharsets.UTF_8));
        List<Rejection> problems = XmlSchemaCheck.validate(ubl.content(), UBL21Marshaller.invoice().getSchema());
        assertEquals(List.of(), problems);
    }
}
