package org.entrepot.check.ack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.InterchangeReport;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.Test;

/**
 * The CONTRL a partner gets back for each rule its interchange breaks, segment by segment, with
 * a fixed clock and control reference. Positions in UCS are counted from UNH = 1 (in the Nordwind
 * sample: BGM 2, PAI 5, LIN 21, QTY 24, the second line's IMD 30).
 */
class ContrlWriterTest {

    private static final String NORDWIND = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"),
            StandardCharsets.ISO_8859_1);
    private static final InterchangeCheck CHECK = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()));
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

    private static final List<String> HEADER = List.of(
            "UNA:+.? ",
            "UNB+UNOC:3+5012345000008:14+4012345000009:14+261122:1200+CTL0001",
            "UNH+1+CONTRL:D:3:UN");
    private static final String UCI_ACKNOWLEDGED = "UCI+NW000417+4012345000009:14+5012345000008:14+7";
    private static final String TRAILER = "UNZ+1+CTL0001";

    private static InterchangeReport report(String interchange, Charset charset) {
        byte[] bytes = interchange.getBytes(charset);
        Outcome<Envelope> envelope = new EdifactEnvelopeReader().read(bytes);
        assertTrue(envelope.isAccepted(), envelope::toString);
        return CHECK.report(bytes, envelope.value());
    }

    private static List<String> contrl(String interchange) {
        return contrl(interchange, StandardCharsets.ISO_8859_1);
    }

    private static List<String> contrl(String interchange, Charset charset) {
        byte[] bytes = interchange.getBytes(charset);
        Envelope envelope = new EdifactEnvelopeReader().read(bytes).value();
        String text = new Acknowledgements(NOON, () -> "CTL0001").write(envelope, report(interchange, charset));
        assertTrue(text.endsWith("'\n"), text);
        return List.of(text.split("'\n"));
    }

    private static List<String> expected(String... body) {
        return expectedIn("UNOC", body);
    }

    /** The CONTRL is written in the syntax level of the interchange it answers. */
    private static List<String> expectedIn(String syntax, String... body) {
        List<String> all = new java.util.ArrayList<>(HEADER);
        all.set(1, HEADER.get(1).replace("UNOC", syntax));
        all.addAll(List.of(body));
        all.add("UNT+" + (body.length + 2) + "+1");
        all.add(TRAILER);
        return all;
    }

    @Test
    void aValidInvoicIsAcknowledgedAtInterchangeAndMessageLevel() {
        assertTrue(report(NORDWIND, StandardCharsets.ISO_8859_1).accepted());
        assertEquals(expected(
                UCI_ACKNOWLEDGED,
                "UCM+1+INVOIC:D:96A:UN:EAN008+7"), contrl(NORDWIND));
    }

    @Test
    void aWrongUntSegmentCountRejectsTheMessageWithError29OnUnt() {
        assertEquals(expected(
                UCI_ACKNOWLEDGED,
                "UCM+1+INVOIC:D:96A:UN:EAN008+4+29+UNT+1"), contrl(NORDWIND.replace("UNT+65+1'", "UNT+64+1'")));
    }

    @Test
    void aWrongUnzMessageCountRejectsTheInterchangeAndEverythingInIt() {
        assertEquals(expected(
                "UCI+NW000417+4012345000009:14+5012345000008:14+4+29+UNZ+1"),
                contrl(NORDWIND.replace("UNZ+1+NW000417'", "UNZ+2+NW000417'")),
                "action 4 rejects all lower levels: the sound message needs no UCM of its own");
    }

    @Test
    void aUnzReferenceThatIsNotTheUnbReferenceRejectsTheInterchangeWithError28() {
        assertEquals(expected(
                "UCI+NW000417+4012345000009:14+5012345000008:14+4+28+UNZ+2"),
                contrl(NORDWIND.replace("UNZ+1+NW000417'", "UNZ+1+NW000418'")));
    }

    @Test
    void aMissingMandatorySegmentIsReportedWithError13WhereItWasMissed() {
        String withoutBgm = NORDWIND.replace("BGM+380+INV-2026-0417+9'\n", "").replace("UNT+65+1'", "UNT+64+1'");

        assertEquals(expected(
                UCI_ACKNOWLEDGED,
                "UCM+1+INVOIC:D:96A:UN:EAN008+4",
                "UCS+2+13"), contrl(withoutBgm), "the DTM now second in the message is where BGM was due");
    }

    @Test
    void aSegmentRepeatedMoreOftenThanAllowedIsReportedWithError35() {
        String twoPai = NORDWIND.replace("PAI+::42'\n", "PAI+::42'\nPAI+::42'\n").replace("UNT+65+1'", "UNT+66+1'");

        assertEquals(expected(
                UCI_ACKNOWLEDGED,
                "UCM+1+INVOIC:D:96A:UN:EAN008+4",
                "UCS+6+35"), contrl(twoPai), "INVOIC D.96A allows one PAI in the heading");
    }

    @Test
    void anElementLongerThanTheDirectoryAllowsIsReportedWithError39AndItsComponent() {
        String longName = NORDWIND.replace("Hex nut M8, DIN 934", "X".repeat(36));

        assertEquals(expected(
                UCI_ACKNOWLEDGED,
                "UCM+1+INVOIC:D:96A:UN:EAN008+4",
                "UCS+30",
                "UCD+39+3:4"), contrl(longName), "IMD C273/7008 is an..35");
    }

    @Test
    void aLetterInANumericElementIsReportedWithError37() {
        String letter = NORDWIND.replace("QTY+47:500:PCE'", "QTY+47:5X0:PCE'");

        assertEquals(expected(
                UCI_ACKNOWLEDGED,
                "UCM+1+INVOIC:D:96A:UN:EAN008+4",
                "UCS+24",
                "UCD+37+1:2"), contrl(letter), "QTY C186/6060 is n..15");
    }

    @Test
    void aLowerCaseLetterInAUnoaInterchangeIsReportedWithError21() {
        String unoa = NORDWIND.replace("UNOC:3", "UNOA:3").toUpperCase(Locale.ROOT).replace("\u00dc", "UE");
        assertTrue(report(unoa, StandardCharsets.ISO_8859_1).accepted(), "level A: upper case, digits and a few signs");

        assertEquals(expectedIn("UNOA",
                UCI_ACKNOWLEDGED,
                "UCM+1+INVOIC:D:96A:UN:EAN008+4",
                "UCS+23",
                "UCD+21+3:4"), contrl(unoa.replace("HEX BOLT M8", "Hex BOLT M8")));
    }

    @Test
    void anUmlautInAUnobInterchangeIsReportedWithError21ButLowerCaseIsFine() {
        String unob = NORDWIND.replace("UNOC:3", "UNOB:3").replace("R\u00fcckfragen an Frau M\u00fcller", "Rueckfragen an Frau Mueller");
        assertTrue(report(unob, StandardCharsets.ISO_8859_1).accepted(), "level B adds lower case");

        assertEquals(expectedIn("UNOB",
                UCI_ACKNOWLEDGED,
                "UCM+1+INVOIC:D:96A:UN:EAN008+4",
                "UCS+6",
                "UCD+21+4:2"), contrl(unob.replace("Rueckfragen", "R\u00fcckfragen")), "FTX C108/4440, second component");
    }

    @Test
    void aSegmentTheMessageDoesNotKnowIsReportedWithError15() {
        String unknown = NORDWIND.replace("BGM+380+INV-2026-0417+9'\n", "BGM+380+INV-2026-0417+9'\nXYZ+1'\n")
                .replace("UNT+65+1'", "UNT+66+1'");

        assertEquals(expected(
                UCI_ACKNOWLEDGED,
                "UCM+1+INVOIC:D:96A:UN:EAN008+4",
                "UCS+3+15"), contrl(unknown));
    }

    @Test
    void problemsOnTheTrailerAndInTheBodyAreReportedTogether() {
        String broken = NORDWIND.replace("Hex nut M8, DIN 934", "X".repeat(36)).replace("UNT+65+1'", "UNT+64+1'");

        assertEquals(expected(
                UCI_ACKNOWLEDGED,
                "UCM+1+INVOIC:D:96A:UN:EAN008+4+29+UNT+1",
                "UCS+30",
                "UCD+39+3:4"), contrl(broken));
    }

    @Test
    void serviceCharactersInAQuotedReferenceAreReleasedAgain() {
        String plus = NORDWIND.replace("UNH+1+", "UNH+A?+1+").replace("UNT+65+1'", "UNT+65+A?+1'");

        assertEquals(expected(
                UCI_ACKNOWLEDGED,
                "UCM+A?+1+INVOIC:D:96A:UN:EAN008+7"), contrl(plus));
    }

    @Test
    void aSyntax4InterchangeGetsCONTRL41InSyntax4() {
        String yuanhang = new String(Samples.read("invoices/yuanhang-globex-invoic-d96a-utf8.edi"), StandardCharsets.UTF_8);
        List<String> segments = contrl(yuanhang, StandardCharsets.UTF_8);

        assertEquals(List.of(
                "UNA:+.?*",
                "UNB+UNOW:4+5012345000008:14+6901234000009:14+20261122:1200+CTL0001",
                "UNH+1+CONTRL:4:1:UN",
                "UCI+YH2026112101+6901234000009:14+5012345000008:14+7",
                "UCM+1+INVOIC:D:96A:UN+7",
                "UNT+4+1",
                "UNZ+1+CTL0001"), segments, "CCYYMMDD in UNB, as syntax 4 writes dates");
    }

    @Test
    void aReceiptSaysOnlyThatTheInterchangeArrived() {
        Envelope envelope = new EdifactEnvelopeReader().read(NORDWIND.getBytes(StandardCharsets.ISO_8859_1)).value();

        assertEquals(List.of(
                "UNA:+.? ",
                "UNB+UNOC:3+5012345000008:14+4012345000009:14+261122:1200+CTL0002",
                "UNH+1+CONTRL:D:3:UN",
                "UCI+NW000417+4012345000009:14+5012345000008:14+8",
                "UNT+3+1",
                "UNZ+1+CTL0002"),
                List.of(ContrlWriter.receipt(envelope, "CTL0002", NOON.instant().atZone(ZoneOffset.UTC)).split("'\n")));
    }
}
