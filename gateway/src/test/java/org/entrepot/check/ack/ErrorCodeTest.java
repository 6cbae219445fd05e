package org.entrepot.check.ack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entrepot.check.InterchangeCheck;
import org.entrepot.check.directory.MessageSchemas;
import org.entrepot.document.Rejection;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.Envelope;
import org.entrepot.identify.EnvelopeReader;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.translate.Samples;
import org.entrepot.translate.Translator;
import org.junit.jupiter.api.Test;

/** Every problem of the check carries the code its acknowledgement reports it with. */
class ErrorCodeTest {

    private static final String NORDWIND = sample("invoices/nordwind-globex-invoic-d96a.edi");
    private static final String LAKESIDE = sample("invoices/lakeside-globex-810-4010.edi");
    private static final InterchangeCheck CHECK = new InterchangeCheck(Translator.transactionSchemas(new MessageSchemas()));

    private static String sample(String name) {
        return new String(Samples.read(name), StandardCharsets.ISO_8859_1);
    }

    private static List<String> codes(String interchange, EnvelopeReader reader, AckType answer) {
        byte[] bytes = interchange.getBytes(StandardCharsets.ISO_8859_1);
        Envelope envelope = reader.read(bytes).value();
        List<Rejection> problems = CHECK.report(bytes, envelope).problems();
        return problems.stream().map(p -> ErrorCode.of(p, answer).toString()).toList();
    }

    private static List<String> x12(String interchange, AckType answer) {
        return codes(interchange, new X12EnvelopeReader(), answer);
    }

    @Test
    void edifactProblemsCarryTheirIso9735SyntaxErrorCode() {
        EdifactEnvelopeReader reader = new EdifactEnvelopeReader();
        assertEquals(List.of("0085=29"), codes(NORDWIND.replace("UNT+65+1'", "UNT+64+1'"), reader, AckType.CONTRL));
        assertEquals(List.of("0085=28"), codes(NORDWIND.replace("UNZ+1+NW000417'", "UNZ+1+NW000418'"), reader, AckType.CONTRL));
        assertEquals(List.of("0085=39"), codes(NORDWIND.replace("Hex nut M8, DIN 934", "X".repeat(36)), reader, AckType.CONTRL));
    }

    @Test
    void x12ProblemsCarryTheCodeOfTheLevelTheyBreak() {
        assertEquals(List.of("TA105=021"), x12(LAKESIDE.replace("IEA*1*000001187~", "IEA*2*000001187~"), AckType.FA_997));
        assertEquals(List.of("AK905=4"), x12(LAKESIDE.replace("GE*1*1187~", "GE*1*1188~"), AckType.FA_997));
        assertEquals(List.of("AK502=3"), x12(LAKESIDE.replace("SE*39*0001~", "SE*39*0002~"), AckType.FA_997));
        assertEquals(List.of("AK304=6"), x12(LAKESIDE.replace("CUR*SE*USD~", "CUR*SE*USD~\nZZZ*1~").replace("SE*39", "SE*40"),
                AckType.FA_997), "a segment the 810 does not define");
        assertEquals(List.of("AK403=8"), x12(LAKESIDE.replace("DTM*011*20261118~", "DTM*011*20261318~"), AckType.FA_997),
                "month 13");
        assertEquals(List.of("IK403=5"), x12(LAKESIDE.replace("N3*2200 W Fulton Market*", "N3*" + "X".repeat(56) + "*"),
                AckType.FA_999));
    }
}
