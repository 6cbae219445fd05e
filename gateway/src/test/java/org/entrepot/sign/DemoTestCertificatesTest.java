package org.entrepot.sign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.entrepot.document.Reason.SIGNER_CERTIFICATE_EXPIRED;
import static org.entrepot.document.Reason.SIGNER_CERTIFICATE_REVOKED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Rejection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code entrepot certs init} adds to the demo PKI serves the receiving side's negative cases. */
class DemoTestCertificatesTest {

    private static final byte[] DOC = "UNH+1+INVOIC:D:96A:UN'BGM+380+DEMO-1+9'UNT+3+1'".getBytes(UTF_8);

    @TempDir
    static Path pkiDir;

    private static DemoPki pki;
    private static char[] password;

    @BeforeAll
    static void init() throws Exception {
        pki = DemoPki.init(pkiDir, List.of("acme"), null);
        password = Files.readString(pkiDir.resolve(KeystorePassword.FILE_NAME)).strip().toCharArray();
    }

    private static SigningKey testKey(String name) {
        return KeyStores.load(pkiDir.resolve("test/" + name + ".p12"), password, null);
    }

    private static RevocationChecker withDemoCrls() throws Exception {
        List<X509CRL> crls = new java.util.ArrayList<>();
        for (String name : List.of("ca.crl", "intermediate.crl")) {
            try (InputStream in = Files.newInputStream(pkiDir.resolve(name))) {
                crls.add((X509CRL) CertificateFactory.getInstance("X.509").generateCRL(in));
            }
        }
        return new RevocationChecker(Clock.systemUTC(), Duration.ofSeconds(2), crls);
    }

    @Test
    void aValidCertificateUnderTheIntermediateVerifiesWithCrlChecksAgainstTheDemoCrls() throws Exception {
        CmsVerifier verifier = new CmsVerifier(Clock.systemUTC(), withDemoCrls());
        RevocationPolicy crl = new RevocationPolicy(RevocationPolicy.Source.CRL, RevocationPolicy.OnUnreachable.FAIL);

        Outcome<SignedContent> outcome = verifier.verifyEnveloping(new CmsSigner().signEnveloping(DOC, testKey("valid")),
                new VerificationRules(pki.trustAnchors(), crl, null));

        assertTrue(outcome.isAccepted(), outcome::toString);
    }

    @Test
    void theRevokedDemoCertificateIsRejectedByTheDemoCrl() throws Exception {
        CmsVerifier verifier = new CmsVerifier(Clock.systemUTC(), withDemoCrls());
        RevocationPolicy crl = new RevocationPolicy(RevocationPolicy.Source.CRL, RevocationPolicy.OnUnreachable.FAIL);

        Outcome<SignedContent> outcome = verifier.verifyEnveloping(new CmsSigner().signEnveloping(DOC, testKey("revoked")),
                new VerificationRules(pki.trustAnchors(), crl, null));

        assertEquals(List.of(SIGNER_CERTIFICATE_REVOKED), outcome.rejections().stream().map(Rejection::reason).toList());
    }

    @Test
    void theExpiredDemoCertificateIsRejectedAsExpired() {
        Outcome<SignedContent> outcome = new CmsVerifier().verifyEnveloping(
                new CmsSigner().signEnveloping(DOC, testKey("expired")), pki.trustAnchors());

        assertEquals(List.of(SIGNER_CERTIFICATE_EXPIRED), outcome.rejections().stream().map(Rejection::reason).toList());
    }

    @Test
    void initIsRepeatableAndKeepsTheCertificates() {
        SigningKey before = testKey("revoked");

        DemoPki.init(pkiDir, List.of("acme"), null);

        assertEquals(before.certificate(), testKey("revoked").certificate());
    }
}
