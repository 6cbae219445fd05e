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

/** entrepot translate on payment documents: to the family's XML (ISO 20022) and back to EDIFACT and X12, by version. */
class PaymentCommandLineTest {

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

    private String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void aPaymulBecomesPain001InTheVersionAskedAndAPain001BecomesAD01bPaymul() throws Exception {
        Path paymul = sample("payments/nordwind-elbufer-paymul-d96a.edi");
        Path xml = work.resolve("pain.xml");
        assertEquals(0, Entrepot.run("translate", paymul.toString(), "--to", "xml", "-o", xml.toString()), err::toString);
        assertTrue(read(xml).contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001."), "the family's XML is ISO 20022");

        Path v09 = work.resolve("pain09.xml");
        assertEquals(0, Entrepot.run("translate", paymul.toString(), "--to", "iso20022", "--version", "pain.001.001.09",
                "-o", v09.toString()), err::toString);
        assertTrue(read(v09).contains("xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\""));

        Path back = work.resolve("paymul.edi");
        assertEquals(0, Entrepot.run("translate", v09.toString(), "--to", "edifact", "--directory", "D01B", "-o", back.toString()),
                err::toString);
        assertTrue(read(back).contains("UNH+1+PAYMUL:D:01B:UN'"), read(back));
    }

    @Test
    void threeX12820sBecomeThreePain001sAndAPain001BecomesA5010Interchange() throws Exception {
        Path x12 = sample("payments/atlas-lakefront-820-4010.edi");
        Path xml = work.resolve("atlas.xml");
        assertEquals(0, Entrepot.run("translate", x12.toString(), "--to", "xml", "-o", xml.toString()), err::toString);
        assertTrue(Files.exists(work.resolve("atlas.xml-3")), "one file per 820");

        Path back = work.resolve("atlas-5010.x12");
        assertEquals(0, Entrepot.run("translate", xml.toString(), "--to", "x12", "--version", "5010", "-o", back.toString()),
                err::toString);
        assertTrue(read(back).contains("GS*RA*987654321*LKFBUS44XXX*") && read(back).contains("*X*005010~"), read(back));
    }

    @Test
    void aStatusReportBecomesABanstaAndTheBanstaBecomesAPain002Again() throws Exception {
        Path report = sample("payments/elbufer-nordwind-pain.002.001.10.xml");
        Path bansta = work.resolve("bansta.edi");
        assertEquals(0, Entrepot.run("translate", report.toString(), "--to", "edifact", "--directory", "D01B",
                "-o", bansta.toString()), err::toString);
        assertTrue(read(bansta).contains("+BANSTA:D:01B:UN'"), read(bansta));

        Path back = work.resolve("status.xml");
        assertEquals(0, Entrepot.run("translate", bansta.toString(), "--to", "xml", "-o", back.toString()), err::toString);
        assertTrue(read(back).contains("xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\""), read(back));
    }
}
