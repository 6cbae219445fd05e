package org.entrepot.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPkiTest {

    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";

    /** One generated PKI for the tests that only look at it: generating a CA takes seconds. */
    @TempDir
    static Path sharedDir;

    private static DemoPki shared;

    /** A fresh directory for the tests that change the PKI. */
    @TempDir
    Path pkiDir;

    @BeforeAll
    static void generateSharedPki() {
        shared = DemoPki.ensure(sharedDir, List.of("acme"), null);
    }

    @Test
    void aFirstCallGeneratesTheCaTheGatewayAndEachPartnerInTheDocumentedLayout() {
        for (String file : List.of("ca.p12", "ca.pem", "gateway.p12", "gateway.pem",
                "partners/acme.p12", "partners/acme.pem", "keystore-password")) {
            assertTrue(Files.isRegularFile(sharedDir.resolve(file)), file);
        }
        assertEquals(shared.caCertificate(), KeyStores.readPem(sharedDir.resolve("ca.pem")));
        assertEquals(shared.gatewayKey().certificate(), KeyStores.readPem(sharedDir.resolve("gateway.pem")));
        assertEquals(shared.partnerCertificate("acme").orElseThrow(),
                KeyStores.readPem(sharedDir.resolve("partners/acme.pem")));
    }

    @Test
    void theCaIsAnRsa3072RootForTenYearsThatMayOnlySignCertificates() {
        X509Certificate ca = shared.caCertificate();

        assertEquals(3072, ((RSAPublicKey) ca.getPublicKey()).getModulus().bitLength());
        assertEquals(ca.getSubjectX500Principal(), ca.getIssuerX500Principal());
        assertTrue(ca.getBasicConstraints() >= 0, "CA flag");
        boolean[] usage = ca.getKeyUsage();
        assertTrue(usage[5] && usage[6], "keyCertSign and cRLSign");
        assertFalse(usage[0], "no digitalSignature");
        assertYearsOfValidity(10, ca);
    }

    @Test
    void signingCertificatesAreRsa2048ForTwoYearsWithTheProfileOpensslExpects() throws Exception {
        DemoPki pki = shared;

        for (X509Certificate certificate : List.of(pki.gatewayKey().certificate(),
                pki.partnerCertificate("acme").orElseThrow())) {
            assertEquals(2048, ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength());
            assertEquals(-1, certificate.getBasicConstraints(), "not a CA");
            boolean[] usage = certificate.getKeyUsage();
            assertTrue(usage[0] && usage[1], "digitalSignature and nonRepudiation");
            assertEquals(List.of(EMAIL_PROTECTION), certificate.getExtendedKeyUsage());
            assertNotNull(certificate.getExtensionValue("2.5.29.14"), "subject key identifier");
            assertArrayEquals(keyIdentifier(pki.caCertificate()), authorityKeyIdentifier(certificate));
            assertEquals(pki.caCertificate().getSubjectX500Principal(), certificate.getIssuerX500Principal());
            certificate.verify(pki.caCertificate().getPublicKey());
            assertYearsOfValidity(2, certificate);
        }
        assertEquals("CN=acme,O=Entrepot demo partner",
                pki.partnerCertificate("acme").orElseThrow().getSubjectX500Principal().getName());
        assertEquals(List.of(pki.gatewayKey().certificate(), pki.caCertificate()), pki.gatewayKey().chain());
    }

    @Test
    void aSecondCallLoadsTheSameKeysAndAddsANewPartnerWithoutRegeneratingOthers() throws Exception {
        DemoPki first = DemoPki.ensure(pkiDir, List.of("acme"), null);
        byte[] acmeKeystore = Files.readAllBytes(pkiDir.resolve("partners/acme.p12"));

        DemoPki second = DemoPki.ensure(pkiDir, List.of("acme", "globex"), null);

        assertEquals(first.caCertificate().getSerialNumber(), second.caCertificate().getSerialNumber());
        assertEquals(first.gatewayKey().certificate().getSerialNumber(),
                second.gatewayKey().certificate().getSerialNumber());
        assertEquals(first.gatewayKey().privateKey(), second.gatewayKey().privateKey());
        assertEquals(first.partnerCertificate("acme"), second.partnerCertificate("acme"));
        assertArrayEquals(acmeKeystore, Files.readAllBytes(pkiDir.resolve("partners/acme.p12")));
        assertTrue(first.partnerKey("globex").isEmpty());
        second.partnerCertificate("globex").orElseThrow().verify(first.caCertificate().getPublicKey());
    }

    @Test
    void aMissingOrDamagedPemIsRewrittenFromItsKeystore() throws Exception {
        DemoPki first = DemoPki.ensure(pkiDir, List.of(), null);
        Files.writeString(pkiDir.resolve("gateway.pem"), "-----BEGIN CERTIFICATE-----\ntruncated");
        Files.delete(pkiDir.resolve("ca.pem"));

        DemoPki.ensure(pkiDir, List.of(), null);

        assertEquals(first.gatewayKey().certificate(), KeyStores.readPem(pkiDir.resolve("gateway.pem")));
        assertEquals(first.caCertificate(), KeyStores.readPem(pkiDir.resolve("ca.pem")));
    }

    @Test
    void partnersGeneratedEarlierAreKnownWithoutBeingNamedAgain() {
        DemoPki.ensure(pkiDir, List.of("acme", "globex"), null);

        assertEquals(Set.of("acme", "globex"), DemoPki.ensure(pkiDir, List.of(), null).partnerIds());
    }

    @Test
    void partnerIdsThatCouldEscapeTheDirectoryAreRefusedBeforeAnythingIsWritten() {
        Path fresh = pkiDir.resolve("fresh");
        for (String id : List.of("../evil", "acme/../../evil", "..", "/etc/passwd", "a.p12", "ACME", "",
                "-leading-dash", "acme\u0000", "acme evil", "x".repeat(64), "\u00e9cole")) {
            assertThrows(IllegalArgumentException.class, () -> DemoPki.ensure(fresh, List.of("acme", id), null), id);
        }
        assertFalse(Files.exists(fresh));
        assertFalse(Files.exists(pkiDir.resolve("evil.p12")));
        assertTrue(DemoPki.isValidPartnerId("x".repeat(63)));
    }

    @Test
    void theGeneratedPasswordAndTheKeystoresAreReadableByTheirOwnerOnly() throws Exception {
        assumeTrue(AtomicWrite.supportsPosix(sharedDir), "POSIX permissions");

        for (String secret : List.of("keystore-password", "ca.p12", "gateway.p12", "partners/acme.p12")) {
            assertEquals("rw-------", permissions(sharedDir.resolve(secret)), secret);
        }
        assertEquals("rw-r--r--", permissions(sharedDir.resolve("ca.pem")));
    }

    @Test
    void aPasswordFromTheEnvironmentProtectsTheKeystoresAndNoPasswordFileIsWritten() {
        DemoPki pki = DemoPki.ensure(pkiDir, List.of(), "from-the-environment");

        assertFalse(Files.exists(pkiDir.resolve("keystore-password")));
        assertEquals(pki.gatewayKey(),
                KeyStores.load(pkiDir.resolve("gateway.p12"), "from-the-environment".toCharArray(), null));
    }

    @Test
    void aWrongPasswordFromTheEnvironmentFailsNamingTheKeystore() {
        DemoPki.ensure(pkiDir, List.of(), "the-first-password");

        KeyMaterialException failure = assertThrows(KeyMaterialException.class,
                () -> DemoPki.ensure(pkiDir, List.of(), "another-password"));

        assertTrue(failure.getMessage().contains("ca.p12") && failure.getMessage().contains("password"),
                failure.getMessage());
    }

    @Test
    void aKeystoreLeftFromAnEarlierCaIsReportedInsteadOfUsed() throws Exception {
        DemoPki.ensure(pkiDir, List.of(), null);
        Files.delete(pkiDir.resolve("ca.p12"));

        KeyMaterialException failure = assertThrows(KeyMaterialException.class,
                () -> DemoPki.ensure(pkiDir, List.of(), null));

        assertTrue(failure.getMessage().contains("gateway.p12"), failure.getMessage());
    }

    @Test
    void twoThreadsEnsuringAFreshDirectoryAtOnceEndUpWithOneCa() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            CompletableFuture<DemoPki> one = CompletableFuture.supplyAsync(() -> ensureAfter(start, "acme"), pool);
            CompletableFuture<DemoPki> two = CompletableFuture.supplyAsync(() -> ensureAfter(start, "globex"), pool);
            start.countDown();

            assertEquals(one.get().caCertificate(), two.get().caCertificate());
            assertEquals(one.get().gatewayKey(), two.get().gatewayKey());
            assertEquals(KeyStores.readPem(pkiDir.resolve("ca.pem")), one.get().caCertificate());
            assertEquals(Set.of("acme", "globex"), DemoPki.ensure(pkiDir, List.of(), null).partnerIds());
        } finally {
            pool.shutdownNow();
        }
    }

    private DemoPki ensureAfter(CountDownLatch start, String partner) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return DemoPki.ensure(pkiDir, List.of(partner), null);
    }

    private static byte[] keyIdentifier(X509Certificate certificate) throws Exception {
        return SubjectKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId()))).getKeyIdentifier();
    }

    private static byte[] authorityKeyIdentifier(X509Certificate certificate) throws Exception {
        return AuthorityKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId()))).getKeyIdentifierOctets();
    }

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static void assertYearsOfValidity(int years, X509Certificate certificate) {
        Duration validity = Duration.between(certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
        long days = validity.toDays();
        assertTrue(days >= years * 365L && days <= years * 366L + 1, "valid for " + days + " days");
        assertTrue(certificate.getNotBefore().toInstant().isBefore(Instant.now()), "already valid");
    }

    @Test
    void theGatewayGetsItsKeyWhilePartnerKeysAreGeneratedButNotLoaded(@TempDir Path pkiDir) {
        SigningKey gateway = DemoPki.gatewayKey(pkiDir, List.of("acme", "globex"));

        assertTrue(Files.exists(pkiDir.resolve("partners/acme.p12")), "partner keys are generated on first run");
        assertTrue(Files.exists(pkiDir.resolve("partners/globex.pem")));
        assertEquals(gateway.certificate(), DemoPki.gatewayKey(pkiDir, List.of("acme", "globex")).certificate(),
                "the next start loads the same gateway key");
        assertEquals(gateway.certificate(), DemoPki.ensure(pkiDir, List.of(), null).gatewayKey().certificate());
    }
}
