package org.entrepot.sign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.entrepot.document.Reason.SIGNER_CERTIFICATE_EXPIRED;
import static org.entrepot.document.Reason.SIGNER_CERTIFICATE_NOT_YET_VALID;
import static org.entrepot.document.Reason.SIGNER_NOT_TRUSTED;
import static org.entrepot.sign.CmsVerifierAdversarialTest.reasons;
import static org.entrepot.sign.TestAuthority.NOW;
import static org.entrepot.sign.TestAuthority.days;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.entrepot.document.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Certificate validity is judged at the signing time the signature states. */
class SignerValidityTest {

    private static final byte[] ORDER = "<Order><ID>PO-7</ID></Order>".getBytes(UTF_8);

    private static TestAuthority authority;
    private final CmsVerifier verifier = new CmsVerifier();

    @BeforeAll
    static void createAuthority() {
        authority = TestAuthority.create("Validity CA");
    }

    @Test
    void aCertificateThatExpiredBeforeTheSigningTimeIsRejectedAsExpired() {
        SigningKey expired = authority.issue("lapsed", "RSA", 2048, NOW.minus(days(3 * 365)), NOW.minus(days(365)));

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(ORDER,
                new CmsSigner().signDetached(ORDER, expired), authority.anchors());

        assertEquals(List.of(SIGNER_CERTIFICATE_EXPIRED), reasons(outcome));
        assertTrue(outcome.rejections().get(0).message().contains("expired on"), outcome::toString);
    }

    @Test
    void aCertificateNotYetValidAtTheSigningTimeIsRejectedAsNotYetValid() {
        SigningKey early = authority.issue("early", "RSA", 2048, NOW.plus(days(1)), NOW.plus(days(365)));

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(ORDER,
                new CmsSigner().signDetached(ORDER, early), authority.anchors());

        assertEquals(List.of(SIGNER_CERTIFICATE_NOT_YET_VALID), reasons(outcome));
    }

    @Test
    void aDocumentSignedWhileTheCertificateWasValidStillVerifiesAfterItExpired() {
        SigningKey lapsed = authority.issue("lapsed", "RSA", 2048, NOW.minus(days(3 * 365)), NOW.minus(days(365)));
        Instant whileValid = NOW.minus(days(2 * 365));
        CmsSigner signerBackThen = new CmsSigner(Clock.fixed(whileValid, ZoneOffset.UTC));

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(ORDER,
                signerBackThen.signDetached(ORDER, lapsed), authority.anchors());

        assertTrue(outcome.isAccepted(), outcome::toString);
        assertEquals(whileValid, outcome.value().signingTime());
    }

    @Test
    void anExpiredCertificateFromAnUntrustedCaGetsBothReasons() {
        TestAuthority stranger = TestAuthority.create("Stranger CA");
        SigningKey expired = stranger.issue("stale", "RSA", 2048, NOW.minus(days(3 * 365)), NOW.minus(days(365)));

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(ORDER,
                new CmsSigner().signDetached(ORDER, expired), authority.anchors());

        assertEquals(List.of(SIGNER_CERTIFICATE_EXPIRED, SIGNER_NOT_TRUSTED), reasons(outcome));
    }
}
