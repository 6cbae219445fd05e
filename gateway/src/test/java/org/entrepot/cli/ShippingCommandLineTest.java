package org.entrepot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** entrepot translate on the shipping and transport samples: to our XML and back to EDIFACT and X12. */
class ShippingCommandLineTest {

    @TempDir
    Path work;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    private Path sample(String name) throws Exception {
        Path file = work.resolve(Path.of(name).getFileName());
        Files.write(file, Samples.read(name));
        return file;
    }

    private String translate(Path source, String out, String... options) throws Exception {
        String[] arguments = new String[options.length + 4];
        arguments[0] = "translate";
        arguments[1] = source.toString();
        System.arraycopy(options, 0, arguments, 2, options.length);
        arguments[options.length + 2] = "-o";
        arguments[options.length + 3] = work.resolve(out).toString();
        assertEquals(0, Entrepot.run(arguments), err.toString(StandardCharsets.UTF_8));
        return Files.readString(work.resolve(out), StandardCharsets.ISO_8859_1);
    }

    @Test
    void anIftminBecomesOurXmlAndThatXmlA204In5010AndAnIftminInD01b() throws Exception {
        String xml = translate(sample("shipping/yuanhang-baltica-iftmin-d01b-utf8.edi"), "si.xml", "--to", "xml");
        assertTrue(xml.contains("<ShippingInstructionReference>YH-SI-2026-0077<"), xml);

        String tender = translate(work.resolve("si.xml"), "si.x12", "--to", "x12", "--version", "005010");
        assertTrue(tender.contains("GS*SM*6901234000009*5790001234560*"), tender);
        assertTrue(tender.contains("*X*005010~") && tender.contains("B2**BLTC**YH-SI-2026-0077**PP~"), tender);

        String iftmin = translate(work.resolve("si.xml"), "si.edi", "--to", "edifact", "--directory", "D01B");
        assertTrue(iftmin.contains("UNH+1+IFTMIN:D:01B:UN'"), iftmin);
    }

    @Test
    void a214BecomesOurXmlAndThatXmlAnIftstaInD96a() throws Exception {
        String xml = translate(sample("transport/prairie-atlas-214-5010.edi"), "events.xml", "--to", "xml");
        assertTrue(xml.contains("<EventTypeCode>GTIN</EventTypeCode>"), xml);

        String iftsta = translate(work.resolve("events.xml"), "events.edi", "--to", "edifact", "--directory", "D96A");
        assertTrue(iftsta.contains("UNH+1+IFTSTA:D:96A:UN'") && iftsta.contains("STS+ACT::ZZZ+GTI::ZZZ'"), iftsta);
    }

    @Test
    void a214AskedForAsA315BecomesOneOceanStatusPerEvent() throws Exception {
        String ocean = translate(sample("transport/prairie-lakeside-214-4010.edi"), "status.x12",
                "--to", "x12", "--version", "4010", "--message", "315");
        assertTrue(ocean.contains("ST*315*0001~") && ocean.contains("B4***EE*20261120*0815*Lakeside Chicago DC*PRFU*4471236"), ocean);

        String road = translate(work.resolve("prairie-lakeside-214-4010.edi"), "road.x12", "--to", "x12", "--version", "4010");
        assertTrue(road.contains("ST*214*0001~"), road);
    }
}
