package org.entrepot.sign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.entrepot.document.Reason.REVOCATION_UNAVAILABLE;
import static org.entrepot.document.Reason.SIGNER_CERTIFICATE_REVOKED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.sign.RevocationPolicy.OnUnreachable;
import org.entrepot.sign.RevocationPolicy.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Revocation against a real OCSP responder and CRL distribution point on loopback, for a chain
 * root → intermediate → signer: revoked signers and revoked intermediates are refused by either
 * source, and a source that cannot be reached fails or warns as the agreement says, never passes
 * silently.
 */
class RevocationTest {

    private static final byte[] INVOICE = "UNH+1+INVOIC:D:96A:UN'BGM+380+INV-7+9'UNT+3+1'".getBytes(UTF_8);

    private static RevocationServer server;
    private static TestAuthority root;
    private static TestAuthority issuing;
    private static TestAuthority revokedIssuing;
    private static String unreachable;

    private final CmsSigner signer = new CmsSigner();
    private final CmsVerifier verifier = new CmsVerifier(Clock.systemUTC(),
            new RevocationChecker(Clock.systemUTC(), Duration.ofSeconds(5)));

    @BeforeAll
    static void startRevocationServices() throws IOException {
        server = new RevocationServer();
        root = TestAuthority.createWithIntermediates("Revocation Root");
        String rootCrl = server.serve(root.root());
        issuing = root.intermediate("Issuing CA", CertificateIssuer.Profile.intermediateCa(0)
                .publishedAt(server.ocspUrl(), rootCrl));
        revokedIssuing = root.intermediate("Revoked Issuing CA", CertificateIssuer.Profile.intermediateCa(0)
                .publishedAt(server.ocspUrl(), rootCrl));
        server.revoke(revokedIssuing.root().certificate());
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            unreachable = "http://127.0.0.1:" + closed.getLocalPort();
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SigningKey publishedSigner(TestAuthority authority, String name) {
        String crl = server.serve(authority.root());
        return authority.issue(name, CertificateIssuer.Profile.signing().publishedAt(server.ocspUrl(), crl));
    }

    private Outcome<SignatureCheck> verify(SigningKey key, Source source, OnUnreachable onUnreachable) {
        return verifier.verifyDetached(INVOICE, signer.signDetached(INVOICE, key),
                new VerificationRules(root.anchors(), new RevocationPolicy(source, onUnreachable), null));
    }

    @Test
    void aGoodSignerUnderAnIntermediateCaPassesOcspAndCrl() {
        SigningKey good = publishedSigner(issuing, "good");
        for (Source source : List.of(Source.OCSP, Source.CRL, Source.BOTH)) {
            Outcome<SignatureCheck> outcome = verify(good, source, OnUnreachable.FAIL);
            assertTrue(outcome.isAccepted(), source + ": " + outcome);
            assertEquals(List.of(), outcome.value().warnings());
        }
    }

    @Test
    void aSignerRevokedOnTheCrlIsRejectedAsRevoked() {
        SigningKey revoked = publishedSigner(issuing, "revoked-crl");
        server.revoke(revoked.certificate());

        Outcome<SignatureCheck> outcome = verify(revoked, Source.CRL, OnUnreachable.FAIL);

        assertEquals(List.of(SIGNER_CERTIFICATE_REVOKED), reasons(outcome));
        assertTrue(outcome.rejections().get(0).message().contains("CRL"), outcome::toString);
    }

    @Test
    void aSignerRevokedAtTheOcspResponderIsRejectedAsRevoked() {
        SigningKey revoked = publishedSigner(issuing, "revoked-ocsp");
        server.revoke(revoked.certificate());

        Outcome<SignatureCheck> outcome = verify(revoked, Source.OCSP, OnUnreachable.FAIL);

        assertEquals(List.of(SIGNER_CERTIFICATE_REVOKED), reasons(outcome));
        assertTrue(outcome.rejections().get(0).message().contains("OCSP"), outcome::toString);
    }

    @Test
    void aGoodSignerUnderARevokedIntermediateIsRejected() {
        SigningKey underRevokedCa = publishedSigner(revokedIssuing, "under-revoked-ca");

        assertEquals(List.of(SIGNER_CERTIFICATE_REVOKED), reasons(verify(underRevokedCa, Source.CRL, OnUnreachable.FAIL)));
        assertEquals(List.of(SIGNER_CERTIFICATE_REVOKED), reasons(verify(underRevokedCa, Source.OCSP, OnUnreachable.FAIL)));
    }

    @Test
    void anUnreachableResponderWithPolicyFailIsRejectedAsRevocationUnavailable() {
        SigningKey key = issuing.issue("unreachable-fail", CertificateIssuer.Profile.signing()
                .publishedAt(unreachable + "/ocsp", unreachable + "/crl/0.crl"));

        for (Source source : List.of(Source.OCSP, Source.CRL, Source.BOTH)) {
            Outcome<SignatureCheck> outcome = verify(key, source, OnUnreachable.FAIL);
            // the signer's own status is unknown; its intermediate's is known and good
            assertEquals(List.of(REVOCATION_UNAVAILABLE), reasons(outcome), source::toString);
        }
    }

    @Test
    void anUnreachableResponderWithPolicyWarnIsAcceptedWithAWarning() {
        SigningKey key = issuing.issue("unreachable-warn", CertificateIssuer.Profile.signing()
                .publishedAt(unreachable + "/ocsp", unreachable + "/crl/0.crl"));

        Outcome<SignatureCheck> outcome = verify(key, Source.BOTH, OnUnreachable.WARN);

        assertTrue(outcome.isAccepted(), outcome::toString);
        assertEquals(1, outcome.value().warnings().size(), outcome::toString);
        assertTrue(outcome.value().warnings().get(0).contains("unknown"), outcome::toString);
    }

    @Test
    void aCertificateThatNamesNoResponderIsNeverSilentlyPassed() {
        SigningKey silent = issuing.issue("names-no-responder", CertificateIssuer.Profile.signing());

        assertEquals(List.of(REVOCATION_UNAVAILABLE), reasons(verify(silent, Source.OCSP, OnUnreachable.FAIL)));
        Outcome<SignatureCheck> warned = verify(silent, Source.CRL, OnUnreachable.WARN);
        assertTrue(warned.isAccepted(), warned::toString);
        assertTrue(warned.value().warnings().get(0).contains("no CRL distribution point"), warned::toString);
    }

    @Test
    void ocspAnswersAndCrlsAreCachedUntilTheirNextUpdate() {
        SigningKey cached = publishedSigner(issuing, "cached");
        verify(cached, Source.OCSP, OnUnreachable.FAIL);
        verify(cached, Source.CRL, OnUnreachable.FAIL);
        int ocsp = server.ocspRequests();
        int crl = server.crlRequests();

        for (int i = 0; i < 3; i++) {
            assertTrue(verify(cached, Source.OCSP, OnUnreachable.FAIL).isAccepted());
            assertTrue(verify(cached, Source.CRL, OnUnreachable.FAIL).isAccepted());
        }

        assertEquals(ocsp, server.ocspRequests());
        assertEquals(crl, server.crlRequests());
    }

    @Test
    void anOcspResponseSignedByAnotherKeyIsNotBelieved() throws IOException {
        try (RevocationServer impostor = new RevocationServer()) {
            // the impostor signs "good" with a CA of the same name but another key: it must not count
            TestAuthority lookalike = TestAuthority.createWithIntermediates("Revocation Root")
                    .intermediate("Issuing CA", CertificateIssuer.Profile.intermediateCa(0));
            impostor.forgeAnswersWith(lookalike.root());
            SigningKey key = issuing.issue("impostor-checked", CertificateIssuer.Profile.signing()
                    .publishedAt(impostor.ocspUrl(), null));

            Outcome<SignatureCheck> outcome = verify(key, Source.OCSP, OnUnreachable.FAIL);

            assertEquals(List.of(REVOCATION_UNAVAILABLE), reasons(outcome));
            assertTrue(outcome.rejections().get(0).message().contains("not signed by the issuing CA"), outcome::toString);
            assertTrue(impostor.ocspRequests() > 0);
        }
    }

    @Test
    void aResponderTheCaDelegatedWithOcspSigningIsBelievedAndOneWithoutItIsNot() throws IOException {
        try (RevocationServer delegated = new RevocationServer()) {
            delegated.serve(issuing.root());
            SigningKey key = issuing.issue("delegated-checked", CertificateIssuer.Profile.signing()
                    .publishedAt(delegated.ocspUrl(), null));
            CmsVerifier fresh = new CmsVerifier(Clock.systemUTC(), new RevocationChecker(Clock.systemUTC(), Duration.ofSeconds(5)));
            RevocationPolicy ocsp = new RevocationPolicy(Source.OCSP, OnUnreachable.FAIL);
            VerificationRules rules = new VerificationRules(root.anchors(), ocsp, null);

            delegated.delegateTo(issuing.issue("ocsp-responder", CertificateIssuer.Profile.ocspResponder()));
            Outcome<SignatureCheck> believed = fresh.verifyDetached(INVOICE, signer.signDetached(INVOICE, key), rules);
            assertTrue(believed.isAccepted(), believed::toString);

            delegated.delegateTo(issuing.issue("not-a-responder", CertificateIssuer.Profile.signing()));
            CmsVerifier another = new CmsVerifier(Clock.systemUTC(), new RevocationChecker(Clock.systemUTC(), Duration.ofSeconds(5)));
            assertEquals(List.of(REVOCATION_UNAVAILABLE),
                    reasons(another.verifyDetached(INVOICE, signer.signDetached(INVOICE, key), rules)));
        }
    }

    private static List<Reason> reasons(Outcome<?> outcome) {
        return outcome.rejections().stream().map(Rejection::reason).distinct().toList();
    }
}
