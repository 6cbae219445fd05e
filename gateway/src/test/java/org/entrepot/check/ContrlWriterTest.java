package org.entrepot.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.Test;

/** The CONTRL a partner gets back, segment by segment. */
class ContrlWriterTest {

    private static final String NORDWIND = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"),
            StandardCharsets.ISO_8859_1);
    private static final InterchangeCheck CHECK = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()));

    private static List<String> contrl(String interchange, Charset charset) {
        byte[] bytes = interchange.getBytes(charset);
        Outcome<Envelope> envelope = new EdifactEnvelopeReader().read(bytes);
        assertTrue(envelope.isAccepted(), envelope::toString);
        InterchangeReport report = CHECK.report(bytes, envelope.value());
        return List.of(ContrlWriter.write(envelope.value(), report, "CTL0001", "261122", "1200").split("'\n"));
    }

    @Test
    void aValidInvoicIsAcknowledgedAtInterchangeAndMessageLevel() {
        assertEquals(List.of(
                "UNA:+.? ",
                "UNB+UNOC:3+5012345000008:14+4012345000009:14+261122:1200+CTL0001",
                "UNH+1+CONTRL:2:2:UN",
                "UCI+NW000417+4012345000009:14+5012345000008:14+7",
                "UCM+1+INVOIC:D:96A:UN:EAN008+7",
                "UNT+4+1",
                "UNZ+1+CTL0001"), contrl(NORDWIND, StandardCharsets.ISO_8859_1));
    }

    @Test
    void aMessageWithAWrongCountAndAnOverlongElementIsRejectedWithTheirPositions() {
        String broken = NORDWIND.replace("Hex nut M8, DIN 934", "X".repeat(36)).replace("UNT+65+1'", "UNT+64+1'");

        List<String> segments = contrl(broken, StandardCharsets.ISO_8859_1);
        assertEquals("UCI+NW000417+4012345000009:14+5012345000008:14+7", segments.get(3));
        assertEquals("UCM+1+INVOIC:D:96A:UN:EAN008+4+29", segments.get(4), "rejected, error 29: control count");
        assertEquals("UCS+30", segments.get(5), "IMD is the 30th segment counted from UNH");
        assertEquals("UCD+39+3:4", segments.get(6), "error 39: data element too long, element 3 component 4");
        assertEquals("UNT+6+1", segments.get(7));
    }

    @Test
    void aMissingMandatorySegmentIsReportedOnTheSegmentWhereItWasMissed() {
        List<String> segments = contrl(NORDWIND.replace("BGM+380+INV-2026-0417+9'\n", "").replace("UNT+65+1'", "UNT+64+1'"),
                StandardCharsets.ISO_8859_1);

        assertEquals("UCM+1+INVOIC:D:96A:UN:EAN008+4", segments.get(4));
        assertTrue(segments.get(5).matches("UCS\\+\\d+\\+13"), segments::toString);
    }

    @Test
    void aWrongInterchangeCountRejectsTheInterchangeInUci() {
        List<String> segments = contrl(NORDWIND.replace("UNZ+1+NW000417'", "UNZ+2+NW000417'"), StandardCharsets.ISO_8859_1);

        assertEquals("UCI+NW000417+4012345000009:14+5012345000008:14+4+29+UNZ", segments.get(3));
        assertEquals("UCM+1+INVOIC:D:96A:UN:EAN008+7", segments.get(4), "the message itself is fine");
    }

    @Test
    void aSyntax4InterchangeGetsItsCONTRLInSyntax4AndUtf8() {
        String yuanhang = new String(Samples.read("invoices/yuanhang-globex-invoic-d96a-utf8.edi"), StandardCharsets.UTF_8);
        List<String> segments = contrl(yuanhang, StandardCharsets.UTF_8);

        assertEquals("UNA:+.?*", segments.get(0));
        assertTrue(segments.get(1).startsWith("UNB+UNOW:4+5012345000008:14+6901234000009:14+"), segments.get(1));
        assertEquals("UCM+1+INVOIC:D:96A:UN+7", segments.get(4));
        assertFalse(segments.stream().anyMatch(s -> s.startsWith("UCS")));
    }
}
