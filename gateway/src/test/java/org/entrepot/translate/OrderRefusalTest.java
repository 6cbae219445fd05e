package org.entrepot.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.X12EnvelopeReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Order-family documents the gateway must refuse, each with its reason and position rather than a wrong translation. */
class OrderRefusalTest {

    private static MappingCatalog mappings;
    private static Translator translator;
    private static final InterchangeCheck CHECK = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()));

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
    void anItemNameWithAnX12DelimiterStopsTheTranslationNamingTheElement() {
        String order = new String(Samples.read(EdifactOrderTest.NORDWIND_UBL), StandardCharsets.UTF_8)
                .replace("Stroopwafels, doos 8 stuks", "Stroopwafels ~ doos 8 stuks");

        Outcome<List<TranslatedDocument>> outcome = translator.translate(order.getBytes(StandardCharsets.UTF_8),
                new Target(Format.X12, "004010"));

        assertFalse(outcome.isAccepted());
        Rejection rejection = outcome.rejections().get(0);
        assertEquals(Reason.MAPPING_FAILED, rejection.reason());
        assertTrue(rejection.message().contains("PID05 cannot carry 'Stroopwafels ~ doos 8 stuks'"), rejection::toString);
    }

    @Test
    void aCaretIsARepetitionSeparatorIn5010ButPlainTextIn4010() {
        byte[] order = new String(Samples.read(EdifactOrderTest.NORDWIND_UBL), StandardCharsets.UTF_8)
                .replace("Stroopwafels, doos 8 stuks", "Stroopwafels^doos 8 stuks").getBytes(StandardCharsets.UTF_8);

        Outcome<List<TranslatedDocument>> v5010 = translator.translate(order, new Target(Format.X12, "005010"));
        Outcome<List<TranslatedDocument>> v4010 = translator.translate(order, new Target(Format.X12, "004010"));

        assertFalse(v5010.isAccepted());
        assertTrue(v5010.rejections().get(0).message().contains("PID05 cannot carry 'Stroopwafels^doos 8 stuks'"),
                v5010.rejections()::toString);
        assertTrue(v4010.isAccepted(), v4010.rejections()::toString);
    }

    @Test
    void aPurchaseOrderWithAWrongSegmentCountIsNotTranslated() {
        String po = new String(Samples.read(X12OrderTest.ATLAS_4010), StandardCharsets.UTF_8).replace("SE*34*0001~", "SE*33*0001~");

        Outcome<List<TranslatedDocument>> outcome = translator.translate(po.getBytes(StandardCharsets.UTF_8), Target.of(Format.UBL));

        assertFalse(outcome.isAccepted());
        assertEquals(Reason.CONTROL_COUNT_MISMATCH, outcome.rejections().get(0).reason(), outcome.rejections()::toString);
        assertEquals("SE", outcome.rejections().get(0).position().segmentTag());
    }

    @Test
    void thePurchaseOrderSchemaRefusesAnOrderWithoutBeg() {
        byte[] po = new String(Samples.read(X12OrderTest.ATLAS_4010), StandardCharsets.UTF_8)
                .replace("BEG*00*SA*AH-PO-55121**20261118*CT-2026-AH-07~\n", "")
                .replace("SE*14*0002~", "SE*13*0002~").getBytes(StandardCharsets.UTF_8);

        List<Rejection> problems = CHECK.check(po, new X12EnvelopeReader().read(po).value());

        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Reason.MISSING_SEGMENT, problems.get(0).reason());
        assertEquals("BEG", problems.get(0).position().segmentTag());
    }

    @Test
    void theD96aStructureRefusesAnOrderLineQuantityWithoutItsQualifier() {
        byte[] orders = new String(Samples.read(EdifactOrderTest.GLOBEX_D96A), StandardCharsets.ISO_8859_1)
                .replace("QTY+21:12:PCE'", "QTY+:12:PCE'").getBytes(StandardCharsets.ISO_8859_1);

        List<Rejection> problems = CHECK.check(orders, new EdifactEnvelopeReader().read(orders).value());

        assertFalse(problems.isEmpty());
        assertEquals("QTY", problems.get(0).position().segmentTag(), problems::toString);
    }
}
