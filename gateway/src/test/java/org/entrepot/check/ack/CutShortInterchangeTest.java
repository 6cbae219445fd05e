package org.entrepot.check.ack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.InterchangeReport;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Outcome;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.EnvelopeReader;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.Test;

/** An interchange cut off anywhere earns a rejecting acknowledgement, never an exception. */
class CutShortInterchangeTest {

    private static final InterchangeCheck CHECK = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()));
    private static final Acknowledgements ACKS = new Acknowledgements(
            Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC), () -> "7");

    private static String sample(String name) {
        return new String(Samples.read(name), StandardCharsets.ISO_8859_1);
    }

    private static int acknowledgedCuts(String interchange, EnvelopeReader reader, String terminator) {
        int acknowledged = 0;
        for (int cut = 1; cut < interchange.length() - 2; cut += 7) {
            byte[] bytes = interchange.substring(0, cut).getBytes(StandardCharsets.ISO_8859_1);
            Outcome<Envelope> envelope = reader.read(bytes);
            if (!envelope.isAccepted()) {
                continue;
            }
            InterchangeReport report = CHECK.report(bytes, envelope.value());
            assertFalse(report.accepted(), "cut at " + cut);
            String ack = ACKS.write(envelope.value(), report);
            assertTrue(ack.endsWith(terminator + "\n"), ack);
            acknowledged++;
        }
        return acknowledged;
    }

    @Test
    void anEdifactInterchangeCutAnywhereAfterItsFirstMessageHeaderIsRejectedInUci() {
        String nordwind = sample("invoices/nordwind-globex-invoic-d96a.edi");
        assertTrue(acknowledgedCuts(nordwind, new EdifactEnvelopeReader(), "'") > 50);

        String cut = nordwind.substring(0, nordwind.indexOf("LIN+3"));
        byte[] bytes = cut.getBytes(StandardCharsets.ISO_8859_1);
        Envelope envelope = new EdifactEnvelopeReader().read(bytes).value();
        List<String> contrl = List.of(ACKS.write(envelope, CHECK.report(bytes, envelope)).split("'\n"));
        assertEquals("UCI+NW000417+4012345000009:14+5012345000008:14+4+13+UNZ", contrl.get(3));
    }

    @Test
    void anX12InterchangeCutAnywhereAfterItsFirstTransactionSetHeaderEarnsARejectingTa1() {
        String lakeside = sample("invoices/lakeside-globex-810-4010.edi");
        assertTrue(acknowledgedCuts(lakeside, new X12EnvelopeReader(), "~") > 50);

        String cut = lakeside.substring(0, lakeside.indexOf("IT1*3"));
        byte[] bytes = cut.getBytes(StandardCharsets.ISO_8859_1);
        Envelope envelope = new X12EnvelopeReader().read(bytes).value();
        InterchangeReport report = CHECK.report(bytes, envelope);
        assertEquals(AckType.TA1, Acknowledgements.defaultFor(envelope, report));
        assertEquals("TA1*000001187*261120*0930*R*023", ACKS.write(envelope, report).split("~\n")[1]);
    }
}
