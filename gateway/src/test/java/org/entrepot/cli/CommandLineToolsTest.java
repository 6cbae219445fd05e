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
import org.entrepot.translate.UblDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI tools a person uses on single files: translate, sign, verify. */
class CommandLineToolsTest {

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
    void translateWritesAUblInvoiceWithoutAnyPartnerConfiguration() throws Exception {
        Path invoic = sample("invoices/nordwind-globex-invoic-d96a.edi");
        Path out = work.resolve("invoice.xml");

        int status = Entrepot.run("translate", invoic.toString(), "--to", "ubl", "-o", out.toString());

        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals("INV-2026-0417", UblDocument.parse(Files.readAllBytes(out)).text("/inv:Invoice/cbc:ID"));
    }

    @Test
    void translateRefusesABrokenInterchangeWithTheReasonAndPositionOnStderr() throws Exception {
        Path broken = work.resolve("broken.edi");
        Files.writeString(broken, new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), StandardCharsets.ISO_8859_1)
                .replace("UNT+65+1'", "UNT+60+1'"), StandardCharsets.ISO_8859_1);

        int status = Entrepot.run("translate", broken.toString(), "--to", "ubl");

        assertEquals(Entrepot.REJECTED, status);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("CONTROL_COUNT_MISMATCH at segment 67 (UNT), element 1"), stderr);
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        assertEquals(2, Entrepot.run("translate", sample("invoices/nordwind-globex-invoic-d96a.edi").toString(), "--to", "pdf"));
    }

    @Test
    void signThenVerifyWithTheDemoPkiAndCatchATamperedFile() throws Exception {
        Path document = work.resolve("contract.txt");
        Files.writeString(document, "Contract 2026-77: 500 t of wheat, FOB Rouen");
        Path data = work.resolve("data");

        assertEquals(0, Entrepot.run("sign", document.toString(), "--detached", "--data", data.toString()));
        assertTrue(Files.exists(work.resolve("contract.txt.p7s")));
        assertEquals(0, Entrepot.run("verify", document.toString(), "--data", data.toString()));

        Files.writeString(document, "Contract 2026-77: 5000 t of wheat, FOB Rouen");
        assertEquals(Entrepot.REJECTED, Entrepot.run("verify", document.toString(), "--data", data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("SIGNATURE_INVALID"), err::toString);
    }

    @Test
    void aUblInvoiceSignedWithXadesVerifiesAndATamperedAmountIsCaught() throws Exception {
        Path invoice = work.resolve("invoice.xml");
        Files.copy(sample("invoices/meridian-nordwind-ubl-invoice.xml"), invoice);
        Path data = work.resolve("data");

        assertEquals(0, Entrepot.run("sign", invoice.toString(), "--format", "xades", "--data", data.toString()));
        Path signed = work.resolve("invoice.signed.xml");
        assertTrue(Files.readString(signed).contains("UBLExtensions"), "placed where UBL expects a signature");
        assertEquals(0, Entrepot.run("verify", signed.toString(), "--data", data.toString()));

        Files.writeString(signed, Files.readString(signed).replaceFirst("PayableAmount currencyID=\"EUR\">[0-9.]+<",
                "PayableAmount currencyID=\"EUR\">1.00<"));
        assertEquals(Entrepot.REJECTED, Entrepot.run("verify", signed.toString(), "--data", data.toString()));
    }

    @Test
    void checkAcceptsTheSampleAndRefusesABrokenCopy() throws Exception {
        assertEquals(0, Entrepot.run("check", sample("invoices/nordwind-globex-invoic-d96a.edi").toString()));

        Path broken = work.resolve("broken.edi");
        Files.writeString(broken, new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), StandardCharsets.ISO_8859_1)
                .replace("UNT+65+1'", "UNT+60+1'"), StandardCharsets.ISO_8859_1);
        assertEquals(Entrepot.REJECTED, Entrepot.run("check", broken.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("CONTROL_COUNT_MISMATCH"), err::toString);
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : List.of("serve", "demo", "translate", "check", "sign", "verify", "certs", "status", "quarantine")) {
            assertEquals(0, Entrepot.run(command, "--help"), command);
        }
    }
}
