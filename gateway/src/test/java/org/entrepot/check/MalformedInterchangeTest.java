package org.entrepot.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.translate.Format;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.TranslatedDocument;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Broken interchanges are refused with a coded reason and the position of the problem. */
class MalformedInterchangeTest {

    private static final String NORDWIND = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"),
            StandardCharsets.ISO_8859_1);
    private static MappingCatalog mappings;
    private static Translator translator;
    private static InterchangeCheck check;

    @BeforeAll
    static void load() {
        mappings = Samples.mappings();
        translator = new Translator(mappings);
        check = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()));
    }

    @AfterAll
    static void close() {
        mappings.close();
    }

    private static List<Rejection> checked(String interchange) {
        byte[] bytes = interchange.getBytes(StandardCharsets.ISO_8859_1);
        Outcome<Envelope> envelope = new EdifactEnvelopeReader().read(bytes);
        assertTrue(envelope.isAccepted(), () -> envelope.rejections().toString());
        return check.check(bytes, envelope.value());
    }

    private static Outcome<List<TranslatedDocument>> translated(String interchange) {
        return translator.translate(interchange.getBytes(StandardCharsets.ISO_8859_1), Format.UBL);
    }

    @Test
    void theSampleInvoicPassesTheCheckUntouched() {
        assertEquals(List.of(), checked(NORDWIND));
    }

    @Test
    void aWrongUntSegmentCountIsReportedAtTheUnt() {
        List<Rejection> problems = checked(NORDWIND.replace("UNT+65+1'", "UNT+64+1'"));

        assertEquals(1, problems.size(), problems::toString);
        Rejection problem = problems.get(0);
        assertEquals(Reason.CONTROL_COUNT_MISMATCH, problem.reason());
        assertEquals("UNT", problem.position().segmentTag());
        assertEquals(67, problem.position().segment());
        assertEquals(1, problem.position().element());
        assertFalse(translated(NORDWIND.replace("UNT+65+1'", "UNT+64+1'")).isAccepted());
    }

    @Test
    void aTruncatedInterchangeIsReportedWhereItStops() {
        String truncated = NORDWIND.substring(0, NORDWIND.indexOf("LIN+3"));

        List<Rejection> problems = checked(truncated);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().anyMatch(p -> p.reason() == Reason.TRUNCATED_INTERCHANGE), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.position().isKnown()), problems::toString);
        assertFalse(translated(truncated).isAccepted());
    }

    @Test
    void aMissingMandatorySegmentIsReportedWithItsPosition() {
        List<Rejection> problems = checked(NORDWIND.replace("BGM+380+INV-2026-0417+9'\n", "").replace("UNT+65", "UNT+64"));

        assertTrue(problems.stream().anyMatch(p -> p.reason() == Reason.MISSING_SEGMENT
                && p.message().contains("BGM")), problems::toString);
    }

    @Test
    void aBadInterchangeHeaderIsRefusedBeforeAnythingIsRead() {
        String badUnb = NORDWIND.replace("UNB+UNOC:3+4012345000009:14+5012345000008:14+", "UNB+UNOC:3+4012345000009:14++");

        Outcome<Envelope> envelope = new EdifactEnvelopeReader().read(badUnb.getBytes(StandardCharsets.ISO_8859_1));
        assertFalse(envelope.isAccepted());
        Rejection rejection = envelope.rejections().get(0);
        assertEquals(Reason.BAD_INTERCHANGE_HEADER, rejection.reason());
        assertEquals("UNB", rejection.position().segmentTag());
        assertEquals(3, rejection.position().element());
    }

    @Test
    void garbageAndEmptyInputAreRefusedWithoutACrash() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);

        assertEquals(Reason.UNKNOWN_SYNTAX, translator.translate(garbage, Format.UBL).rejections().get(0).reason());
        assertEquals(Reason.UNKNOWN_SYNTAX, translator.translate(new byte[0], Format.UBL).rejections().get(0).reason());
    }

    @Test
    void anElementLongerThanTheDirectoryAllowsIsReported() {
        String longName = "X".repeat(36);
        List<Rejection> problems = checked(NORDWIND.replace("Hex nut M8, DIN 934", longName));

        assertEquals(1, problems.size(), problems::toString);
        assertEquals(Reason.ELEMENT_TOO_LONG, problems.get(0).reason());
        assertEquals("IMD", problems.get(0).position().segmentTag());
        assertEquals(3, problems.get(0).position().element());
        assertEquals(4, problems.get(0).position().component());
    }

    @Test
    void aMessageHeaderWithoutTypeVersionIsRefusedNotThrown() {
        String headless = NORDWIND.replace("UNH+1+INVOIC:D:96A:UN:EAN008'", "UNH+1+INVOIC'");

        List<Rejection> problems = checked(headless);
        assertTrue(problems.stream().anyMatch(p -> p.reason() == Reason.MISSING_ELEMENT
                && "UNH".equals(p.position().segmentTag()) && p.position().element() == 2), problems::toString);
        Outcome<List<TranslatedDocument>> outcome = translated(headless);
        assertFalse(outcome.isAccepted());
        assertTrue(outcome.rejections().stream().anyMatch(p -> p.reason() == Reason.MISSING_ELEMENT), outcome::toString);
    }

    @Test
    void aSecondInterchangeBehindTheFirstIsRefusedNotTranslated() {
        String smuggled = NORDWIND + NORDWIND.substring(NORDWIND.indexOf("UNB"))
                .replace("4012345000009:14", "9999999999999:14").replace("INV-2026-0417", "EVIL-1");
        byte[] bytes = smuggled.getBytes(StandardCharsets.ISO_8859_1);

        Outcome<Envelope> envelope = new EdifactEnvelopeReader().read(bytes);
        assertFalse(envelope.isAccepted());
        assertEquals(Reason.DATA_AFTER_INTERCHANGE, envelope.rejections().get(0).reason());
        Outcome<List<TranslatedDocument>> outcome = translator.translate(bytes, Format.UBL);
        assertFalse(outcome.isAccepted(), "nothing is translated from an interchange nobody identified");
        assertTrue(outcome.rejections().stream().anyMatch(p -> p.reason() == Reason.DATA_AFTER_INTERCHANGE), outcome::toString);
    }

    @Test
    void anotherMessageTypeCannotRideAlongInAnInvoiceInterchange() {
        String body = NORDWIND.substring(NORDWIND.indexOf("UNH"), NORDWIND.indexOf("UNZ"));
        String mixed = NORDWIND.replace("UNZ+1+", body.replace("UNH+1+INVOIC", "UNH+2+ORDERS").replace("UNT+65+1", "UNT+65+2")
                + "UNZ+2+");

        Outcome<Envelope> envelope = new EdifactEnvelopeReader().read(mixed.getBytes(StandardCharsets.ISO_8859_1));
        assertFalse(envelope.isAccepted());
        assertEquals(Reason.MIXED_MESSAGE_TYPES, envelope.rejections().get(0).reason());
    }
}
