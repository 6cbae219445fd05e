package org.entrepot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entrepot.translate.Samples;
import org.entrepot.translate.UblDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entrepot translate} on despatch advices, in every direction a person asks for. */
class DespatchCommandLineTest {

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

    @Test
    void aDesadvWithTwoMessagesBecomesTwoUblDespatchAdvicesWithToXml() throws Exception {
        Path out = work.resolve("despatch.xml");

        int status = Entrepot.run("translate", sample("despatch/nordwind-globex-desadv-d96a.edi").toString(),
                "--to", "xml", "-o", out.toString());

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("DES-2026-0311", UblDocument.parse(Files.readAllBytes(out)).text("/*/cbc:ID"));
        assertEquals("DES-2026-0312", UblDocument.parse(Files.readAllBytes(work.resolve("despatch.xml-2"))).text("/*/cbc:ID"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("(ubl DespatchAdvice)"));
    }

    @Test
    void aUblDespatchAdviceBecomesDesadvInTheDirectoryAsked() throws Exception {
        Path out = work.resolve("desadv.edi");

        int status = Entrepot.run("translate", sample("despatch/meridian-nordwind-ubl-despatchadvice.xml").toString(),
                "--to", "edifact", "--directory", "D01B", "-o", out.toString());

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String desadv = Files.readString(out, StandardCharsets.ISO_8859_1);
        assertTrue(desadv.contains("UNH+1+DESADV:D:01B:UN'"), desadv);
        assertEquals(0, Entrepot.run("check", out.toString()), "the written DESADV passes the check stage");
    }

    @Test
    void a4010ShipNoticeIsRewrittenIn5010WithVersion5010() throws Exception {
        Path out = work.resolve("notice.x12");

        int status = Entrepot.run("translate", sample("despatch/lakeside-globex-856-4010.edi").toString(),
                "--to", "x12", "--version", "5010", "-o", out.toString());

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        String notice = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(notice.contains("*00501*") && notice.contains("GS*SH*") && notice.contains("*X*005010~"), notice);
        assertTrue(notice.contains("BSN*00*LS-ASN-77120*20261117*1530*0001~"), notice);
    }
}
