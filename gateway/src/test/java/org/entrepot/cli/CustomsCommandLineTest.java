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

/** `entrepot translate` on customs documents: to the family's XML, to EDIFACT by directory, to X12 by version. */
class CustomsCommandLineTest {

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

    private String translate(Path source, String... options) throws Exception {
        Path out = work.resolve("out-" + source.getFileName() + "-" + String.join("-", options));
        String[] arguments = new String[options.length + 4];
        arguments[0] = "translate";
        arguments[1] = source.toString();
        System.arraycopy(options, 0, arguments, 2, options.length);
        arguments[options.length + 2] = "-o";
        arguments[options.length + 3] = out.toString();
        assertEquals(0, Entrepot.run(arguments), err.toString(StandardCharsets.UTF_8));
        return Files.readString(out, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aCusdecTranslatesToTheDeclarationXmlAndBackToD01b() throws Exception {
        String declaration = translate(sample("customs/hanse-zoll-cusdec-d96a.edi"), "--to", "xml");
        assertTrue(declaration.contains("<Declaration xmlns=\"urn:entrepot:customs:declaration:1\">"), declaration);

        Path xml = work.resolve("declaration.xml");
        Files.writeString(xml, declaration, StandardCharsets.ISO_8859_1);
        String cusdec = translate(xml, "--to", "edifact", "--directory", "D01B");
        assertTrue(cusdec.contains("UNH+1+CUSDEC:D:01B:UN'"), cusdec);
        assertTrue(cusdec.contains("CST+3+85444290:HS+40:CPC+00:PPC'"), cusdec);
    }

    @Test
    void aResponseTranslatesToCusresAnd350ByVersion() throws Exception {
        assertTrue(translate(sample("customs/zoll-hanse-response-accepted.xml"), "--to", "edifact", "--directory", "D96A")
                .contains("RFF+ABT:26DE004851000417E1'"));
        String status = translate(sample("customs/cbp-harbor-response-released.xml"), "--to", "x12", "--version", "5010");
        assertTrue(status.contains("GS*AU*2704*HARBORCB01*"), status);
        assertTrue(status.contains("N9*ZZ*26US2704000311A7*MRN~"), status);
    }

    @Test
    void a309TranslatesToTheDeclarationXml() throws Exception {
        String declaration = translate(sample("customs/harbor-cbp-309-5010.edi"), "--to", "xml");
        assertTrue(declaration.contains("<FunctionalReferenceID>HCB-2026-0311</FunctionalReferenceID>"), declaration);
    }

    @Test
    void aResponseThatBreaksItsSchemaIsRefusedWithTheReasonAndLine() throws Exception {
        Path broken = work.resolve("broken-response.xml");
        Files.writeString(broken, new String(Samples.read("customs/zoll-hanse-response-accepted.xml"), StandardCharsets.UTF_8)
                .replace("<MRN>26DE004851000417E1</MRN>", "<MRN>not an MRN</MRN>"), StandardCharsets.UTF_8);

        assertEquals(Entrepot.REJECTED, Entrepot.run("translate", broken.toString(), "--to", "edifact"));
        String refusal = err.toString(StandardCharsets.UTF_8);
        assertTrue(refusal.contains("SCHEMA_INVALID") && refusal.contains("(line 14)") && refusal.contains("MrnType"), refusal);
    }
}
