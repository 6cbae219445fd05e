package org.entrepot.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entrepot sign|verify|certs} as an operator uses them, on the demo PKI in a data folder. */
class SignAndCertsCommandsTest {

    @TempDir
    Path work;
    private Path data;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void capture() {
        data = work.resolve("data");
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

    private int run(String... arguments) {
        String[] withData = new String[arguments.length + 2];
        System.arraycopy(arguments, 0, withData, 0, arguments.length);
        withData[arguments.length] = "--data";
        withData[arguments.length + 1] = data.toString();
        return Entrepot.run(withData);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEnvelopingSignatureVerifiesAndGivesBackTheDocument() throws Exception {
        Path document = work.resolve("order.edi");
        Files.writeString(document, "UNH+1+ORDERS:D:96A:UN'BGM+220+PO-1+9'UNT+3+1'");
        Path signed = work.resolve("order.p7m");
        Path opened = work.resolve("opened.edi");

        assertEquals(0, run("sign", document.toString(), "--format", "cms", "--rsa-padding", "pss", "-o", signed.toString()), stderr());
        assertEquals(0, run("verify", signed.toString(), "-o", opened.toString()), stderr());

        assertArrayEquals(Files.readAllBytes(document), Files.readAllBytes(opened));
        assertTrue(stdout().contains("valid signature by CN=gateway"), stdout());
    }

    @Test
    void aDetachedSignatureIsVerifiedWithSignature() throws Exception {
        Path document = work.resolve("contract.txt");
        Files.writeString(document, "Contract 2026-78");
        Path signature = work.resolve("contract.sig");

        assertEquals(0, run("sign", document.toString(), "--detached", "-o", signature.toString()), stderr());
        assertEquals(0, run("verify", document.toString(), "--signature", signature.toString()), stderr());
        Files.writeString(document, "Contract 2026-79");
        assertEquals(Entrepot.REJECTED, run("verify", document.toString(), "--signature", signature.toString()));
        assertTrue(stderr().contains("SIGNATURE_INVALID"), stderr());
    }

    @Test
    void aDetachedXadesSignatureIsRefusedWithExitCode2BecauseXadesIsEnvelopedHere() throws Exception {
        Path document = work.resolve("invoice.xml");
        Files.writeString(document, "<Invoice/>");

        assertEquals(2, run("sign", document.toString(), "--format", "xades", "--detached"));
        assertTrue(stderr().contains("enveloped"), stderr());
        assertTrue(Files.notExists(work.resolve("invoice.signed.xml")));
    }

    @Test
    void initCreatesTheTestCertificatesAndVerifyRefusesTheRevokedOneWithTheDemoCrl() throws Exception {
        assertEquals(0, run("certs", "init", "--partner", "acme"), stderr());
        Path pki = data.resolve("pki");
        assertTrue(Files.exists(pki.resolve("test/revoked.p12")));
        assertTrue(Files.exists(pki.resolve("intermediate.crl")));
        Path document = work.resolve("doc.txt");
        Files.writeString(document, "a document signed with the revoked test key");
        Path signed = work.resolve("doc.p7m");
        String password = Files.readString(pki.resolve("keystore-password")).strip();
        Path passwordFile = work.resolve("password");
        Files.writeString(passwordFile, password);

        assertEquals(0, run("sign", document.toString(), "--keystore", pki.resolve("test/revoked.p12").toString(),
                "--password-file", passwordFile.toString(), "-o", signed.toString()), stderr());
        assertEquals(0, run("verify", signed.toString()), "without a revocation check the chain is fine: " + stderr());
        assertEquals(Entrepot.REJECTED, run("verify", signed.toString(), "--revocation", "crl",
                "--crl", pki.resolve("intermediate.crl").toString(), "--crl", pki.resolve("ca.crl").toString()));
        assertTrue(stderr().contains("SIGNER_CERTIFICATE_REVOKED"), stderr());
    }

    @Test
    void importRegistersAPartnerCertificateThatListShowsWithItsFingerprint() throws Exception {
        assertEquals(0, run("certs", "init", "--partner", "acme"), stderr());
        Path acme = data.resolve("pki/partners/acme.pem");

        assertEquals(0, run("certs", "import", acme.toString(), "--partner", "acme", "--alias", "acme-2026"), stderr());
        assertTrue(stdout().contains("- { alias: acme-2026 }"), stdout());
        out.reset();
        assertEquals(0, run("certs", "list"), stderr());

        assertTrue(stdout().contains("store acme-2026"), stdout());
        assertTrue(stdout().contains("CN=Entrepot Demo CA"), stdout());
    }

    @Test
    void exportWritesTheCaAndGatewayCertificatesAsPem() throws Exception {
        Path exported = work.resolve("exported");

        assertEquals(0, run("certs", "export", "--pem", "-o", exported.toString()), stderr());

        assertTrue(Files.readString(exported.resolve("ca.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
        assertTrue(Files.readString(exported.resolve("gateway.pem")).startsWith("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void rotateSchedulesANewGatewayKeyAndCheckReportsNothingExpiring() throws Exception {
        String inAWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();

        assertEquals(0, run("certs", "rotate", "--at", inAWeek), stderr());
        assertTrue(stdout().contains("signs from " + inAWeek + "T00:00:00Z"), stdout());
        assertEquals(2, Files.list(data.resolve("pki")).filter(f -> f.getFileName().toString().matches("gateway.*\\.p12")).count());
        assertEquals(0, run("certs", "check"), stdout());
        assertEquals(2, run("certs", "rotate", "--at", "next tuesday"));
    }
}
