package org.entrepot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entrepot check FILE [--ack TYPE]}: the acknowledgement a partner would get, and the exit status. */
class CheckCommandTest {

    private static final String NORDWIND = "invoices/nordwind-globex-invoic-d96a.edi";
    private static final String LAKESIDE = "invoices/lakeside-globex-810-4010.edi";

    @TempDir
    Path work;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private Path file(String sample, String from, String to) throws Exception {
        Path file = work.resolve(Path.of(sample).getFileName());
        String text = new String(Samples.read(sample), StandardCharsets.ISO_8859_1);
        Files.writeString(file, text.replace(from, to), StandardCharsets.ISO_8859_1);
        return file;
    }

    private Path file(String sample) throws Exception {
        return file(sample, "", "");
    }

    private List<String> printed(String terminator) {
        return List.of(out.toString(StandardCharsets.UTF_8).split(terminator + "\n"));
    }

    @Test
    void aSoundEdifactInterchangeIsAnsweredWithAnAcknowledgingContrlAndExitsZero() throws Exception {
        assertEquals(0, Entrepot.run("check", file(NORDWIND).toString()), err::toString);

        List<String> contrl = printed("'");
        assertEquals("UNH+1+CONTRL:D:3:UN", contrl.get(2));
        assertEquals("UCI+NW000417+4012345000009:14+5012345000008:14+7", contrl.get(3));
        assertEquals("UCM+1+INVOIC:D:96A:UN:EAN008+7", contrl.get(4));
    }

    @Test
    void aBrokenEdifactMessageIsRejectedInTheContrlAndExitsOne() throws Exception {
        assertEquals(Entrepot.REJECTED, Entrepot.run("check", file(NORDWIND, "UNT+65+1'", "UNT+60+1'").toString()));

        assertEquals("UCM+1+INVOIC:D:96A:UN:EAN008+4+29+UNT+1", printed("'").get(4));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("CONTROL_COUNT_MISMATCH"), err::toString);
    }

    @Test
    void aSound4010InterchangeIsAnsweredWithAn997() throws Exception {
        assertEquals(0, Entrepot.run("check", file(LAKESIDE).toString()), err::toString);

        List<String> fa = printed("~");
        assertTrue(fa.get(0).startsWith("ISA*00*          *00*          *01*211000002      *01*123456789      *"), fa.get(0));
        assertEquals(List.of("ST*997*0001", "AK1*IN*1187", "AK2*810*0001", "AK5*A", "AK9*A*1*1*1", "SE*6*0001"),
                fa.subList(2, 8));
    }

    @Test
    void a4010SetWithAnElementTooLongIsRejectedInTheAk4AndExitsOne() throws Exception {
        Path broken = file(LAKESIDE, "N3*2200 W Fulton Market*", "N3*" + "X".repeat(56) + "*");

        assertEquals(Entrepot.REJECTED, Entrepot.run("check", broken.toString()));
        assertEquals(List.of("AK3*N3*6**8", "AK4*1**5", "AK5*R*5", "AK9*R*1*1*0"), printed("~").subList(5, 9));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("ELEMENT_TOO_LONG at segment 8 (N3), element 1"), err::toString);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("[AK403=5]"), err::toString);
    }

    @Test
    void aBrokenInterchangeEnvelopeIsAnsweredWithATa1() throws Exception {
        assertEquals(Entrepot.REJECTED, Entrepot.run("check", file(LAKESIDE, "IEA*1*000001187~", "IEA*1*000001188~").toString()));

        List<String> ta1 = printed("~");
        assertEquals("TA1*000001187*261120*0930*R*001", ta1.get(1));
        assertTrue(ta1.get(2).startsWith("IEA*0*"), ta1.get(2));
    }

    @Test
    void aTa1OrA999IsWrittenWhenAskedFor() throws Exception {
        assertEquals(0, Entrepot.run("check", file(LAKESIDE).toString(), "--ack", "ta1"));
        assertEquals("TA1*000001187*261120*0930*A*000", printed("~").get(1));

        out.reset();
        assertEquals(0, Entrepot.run("check", file(LAKESIDE).toString(), "--ack", "999"));
        assertEquals("ST*999*0001*005010X231A1", printed("~").get(2));
    }

    @Test
    void anAcknowledgementOfTheOtherSyntaxIsAUsageError() throws Exception {
        assertEquals(2, Entrepot.run("check", file(LAKESIDE).toString(), "--ack", "contrl"));
        assertEquals(2, Entrepot.run("check", file(NORDWIND).toString(), "--ack", "997"));
        assertEquals(2, Entrepot.run("check", file(NORDWIND).toString(), "--ack", "aperak"));
        assertEquals("", out.toString(StandardCharsets.UTF_8), "no acknowledgement is printed");
    }
}
