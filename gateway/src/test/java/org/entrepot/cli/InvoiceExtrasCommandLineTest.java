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

/** {@code entrepot translate} for CII, credit notes and the newer EDI versions. */
class InvoiceExtrasCommandLineTest {

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
    void anInvoicBecomesCiiWithToCiiAndTheCiiBecomesAn810In5010() throws Exception {
        Path cii = work.resolve("invoice-cii.xml");
        assertEquals(0, Entrepot.run("translate", sample("invoices/nordwind-globex-invoic-d96a.edi").toString(),
                "--to", "cii", "-o", cii.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(cii).contains("<rsm:CrossIndustryInvoice"));
        assertEquals(0, Entrepot.run("check", cii.toString()), "the CII passes the check stage: " + err);

        Path x12 = work.resolve("invoice.x12");
        assertEquals(0, Entrepot.run("translate", cii.toString(), "--to", "x12", "--version", "5010", "-o", x12.toString()),
                err.toString(StandardCharsets.UTF_8));
        String interchange = Files.readString(x12);
        assertTrue(interchange.contains("*X*005010~") && interchange.contains("BIG*20261120*INV-2026-0417*"), interchange);
    }

    @Test
    void aCreditNoteInvoicBecomesAUblCreditNoteWithToXmlAndD01bWithDirectory() throws Exception {
        Path ubl = work.resolve("credit.xml");
        assertEquals(0, Entrepot.run("translate", sample("invoices/nordwind-globex-creditnote-d96a.edi").toString(),
                "--to", "xml", "-o", ubl.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals("381", UblDocument.parse(Files.readAllBytes(ubl)).text("/*/cbc:CreditNoteTypeCode"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("(ubl CreditNote)"));

        Path edifact = work.resolve("credit.edi");
        assertEquals(0, Entrepot.run("translate", ubl.toString(), "--to", "edifact", "--directory", "D01B", "-o", edifact.toString()),
                err.toString(StandardCharsets.UTF_8));
        String invoic = Files.readString(edifact, StandardCharsets.ISO_8859_1);
        assertTrue(invoic.contains("UNH+1+INVOIC:D:01B:UN'") && invoic.contains("BGM+381+CN-2026-0031+9'"), invoic);
    }

    @Test
    void aCiiCreditNoteBecomesAUblCreditNoteWithToUblAndCiiAgainWithToCii() throws Exception {
        Path ubl = work.resolve("credit-ubl.xml");
        assertEquals(0, Entrepot.run("translate", sample("invoices/nordwind-globex-cii-creditnote.xml").toString(),
                "--to", "ubl", "-o", ubl.toString()), err.toString(StandardCharsets.UTF_8));
        UblDocument note = UblDocument.parse(Files.readAllBytes(ubl));
        assertEquals("381", note.text("/*/cbc:CreditNoteTypeCode"));
        assertEquals("INV-2026-0417", note.text("/*/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("(ubl CreditNote)"), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, Entrepot.run("check", ubl.toString()), "the credit note passes the check stage: " + err);

        Path cii = work.resolve("credit-cii.xml");
        assertEquals(0, Entrepot.run("translate", ubl.toString(), "--to", "cii", "-o", cii.toString()),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(cii).contains("<ram:TypeCode>381</ram:TypeCode>"));
        assertEquals(0, Entrepot.run("check", cii.toString()), "the CII passes the check stage: " + err);
    }
}
