package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the X12 810 mappings refuse. X12 has no release character, so a value holding a delimiter
 * must stop the translation with a sentence, never shift the elements of the interchange.
 */
class X12InvoiceRefusalTest {

    private static MappingCatalog mappings;
    private static Translator translator;
    private static String lakesideUbl;

    @BeforeAll
    static void loadMappings() {
        mappings = Samples.mappings();
        translator = new Translator(mappings);
        byte[] ubl = X12InvoiceTest.translateOne(translator,
                Samples.read("invoices/lakeside-globex-810-4010.edi"), Format.UBL).content();
        lakesideUbl = new String(ubl, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    private static Rejection onlyRejection(String ubl) {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(ubl.getBytes(StandardCharsets.UTF_8), Format.X12);
        assertFalse(outcome.isAccepted(), "translated although it should not have been");
        assertEquals(1, outcome.rejections().size(), outcome.rejections()::toString);
        return outcome.rejections().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", ">", "~"})
    void aDelimiterInTheSuppliersNameIsRefused(String delimiter) {
        Rejection rejection = onlyRejection(lakesideUbl.replace("Lakeside Supply Co.", "Lakeside " + delimiter + " Supply Co."));

        assertEquals(Reason.MAPPING_FAILED, rejection.reason());
        assertTrue(rejection.message().contains("N102 cannot carry 'Lakeside " + delimiter + " Supply Co.'"), rejection.message());
        assertTrue(rejection.message().contains("'" + delimiter + "' is an X12 delimiter"), rejection.message());
    }

    @Test
    void anInvoiceNumberLongerThanBig02AllowsIsRefused() {
        Rejection rejection = onlyRejection(lakesideUbl.replace(">LS-2026-1187<", ">LS-2026-1187-CORRECTED-X<"));

        assertEquals(Reason.MAPPING_FAILED, rejection.reason());
        assertTrue(rejection.message().contains("BIG02 allows 22 characters; 'LS-2026-1187-CORRECTED-X' has 24"),
                rejection.message());
    }

    @Test
    void anAmountWithMoreThanTwoDecimalsIsRefusedForAnImpliedDecimalElement() {
        Rejection rejection = onlyRejection(lakesideUbl.replace(
                "<cbc:TaxInclusiveAmount currencyID=\"USD\">349.92<", "<cbc:TaxInclusiveAmount currencyID=\"USD\">349.925<"));

        assertEquals(Reason.MAPPING_FAILED, rejection.reason());
        assertTrue(rejection.message().contains("TDS01 carries amounts with at most two decimals; '349.925'"),
                rejection.message());
    }

    @Test
    void aUnitWithoutAnX12CodeIsRefused() {
        Rejection rejection = onlyRejection(lakesideUbl.replace("unitCode=\"LBR\"", "unitCode=\"KTM\""));

        assertEquals(Reason.MAPPING_FAILED, rejection.reason());
        assertTrue(rejection.message().contains("IT103 allows 2 characters; 'KTM' has 3"), rejection.message());
    }

    @Test
    void aPriceForSeveralUnitsIsRefusedRatherThanSentAsAUnitPrice() {
        Rejection rejection = onlyRejection(lakesideUbl.replace(">0.25</cbc:PriceAmount>",
                ">0.25</cbc:PriceAmount><cbc:BaseQuantity unitCode=\"EA\">100</cbc:BaseQuantity>"));

        assertEquals(Reason.MAPPING_FAILED, rejection.reason());
        assertTrue(rejection.message().contains("line 1 prices 100 units"), rejection.message());
    }

    @Test
    void anInterchangeWhoseSeCountIsWrongIsNotTranslated() {
        Outcome<List<TranslatedDocument>> outcome = translator.translate(
                X12TransactionSchemaTest.testData("se-count-wrong/810.edi"), Format.UBL);

        assertFalse(outcome.isAccepted());
        assertEquals(Reason.CONTROL_COUNT_MISMATCH, outcome.rejections().get(0).reason(), outcome.rejections()::toString);
        assertEquals(Position.element(41, "SE", 1, 0), outcome.rejections().get(0).position());
    }

    @Test
    void anInterchangeWithoutBigIsStoppedByTheCheckBeforeTranslation() {
        byte[] document = X12TransactionSchemaTest.testData("big-missing/810.edi");
        var envelope = new org.entrepot.identify.X12EnvelopeReader().read(document);
        assertTrue(envelope.isAccepted(), envelope::toString);

        List<org.entrepot.document.Rejection> problems = new org.entrepot.check.InterchangeCheck(
                Translator.transactionSchemas(new org.entrepot.check.directory.MessageSchemas()))
                .check(document, envelope.value());

        assertFalse(problems.isEmpty());
        assertEquals(Reason.MISSING_SEGMENT, problems.get(0).reason(), problems::toString);
    }
}
