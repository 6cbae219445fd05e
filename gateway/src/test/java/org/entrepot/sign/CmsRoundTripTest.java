package org.entrepot.sign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entrepot.document.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmsRoundTripTest {

    private static final byte[] INVOICE = ("UNA:+.? 'UNB+UNOC:3+SENDER+RECEIVER+240101:1200+1'"
            + "UNH+1+INVOIC:D:96A:UN'BGM+380+INV-42+9'UNT+3+1'UNZ+1+1'").getBytes(UTF_8);

    @TempDir
    static Path pkiDir;

    private static DemoPki pki;
    private final CmsSigner signer = new CmsSigner();
    private final CmsVerifier verifier = new CmsVerifier();

    @BeforeAll
    static void generateDemoPki() {
        pki = DemoPki.ensure(pkiDir, List.of("acme"), null);
    }

    @Test
    void aDocumentSignedByTheGatewayVerifiesAgainstTheDemoCa() {
        Instant before = Instant.now().minusSeconds(1);
        byte[] signature = signer.signDetached(INVOICE, pki.gatewayKey());

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(INVOICE, signature, pki.trustAnchors());

        assertTrue(outcome.isAccepted(), outcome::toString);
        assertEquals(pki.gatewayKey().certificate(), outcome.value().signerCertificate());
        assertEquals("SHA-256", outcome.value().digestAlgorithm());
        Instant signed = outcome.value().signingTime();
        assertFalse(signed.isBefore(before.minusSeconds(1)) || signed.isAfter(Instant.now()), "signed at " + signed);
    }

    @Test
    void aDocumentSignedByAPartnerVerifiesAgainstTheSameCa() {
        SigningKey acme = pki.partnerKey("acme").orElseThrow();

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(INVOICE, signer.signDetached(INVOICE, acme),
                pki.trustAnchors());

        assertTrue(outcome.isAccepted(), outcome::toString);
        assertEquals("CN=acme,O=Entrepot demo partner",
                outcome.value().signerCertificate().getSubjectX500Principal().getName());
    }

    @Test
    void anEmptyDocumentCanBeSignedAndVerified() {
        byte[] nothing = new byte[0];

        assertTrue(verifier.verifyDetached(nothing, signer.signDetached(nothing, pki.gatewayKey()),
                pki.trustAnchors()).isAccepted());
    }

    @Test
    void ecAndEd25519KeysSignWithTheirOwnAlgorithmsAndVerify() {
        TestAuthority authority = TestAuthority.create("Key types CA");
        Instant from = TestAuthority.NOW.minus(Duration.ofDays(1));
        Instant to = TestAuthority.NOW.plus(Duration.ofDays(30));
        SigningKey ec = authority.issue("ec-partner", "EC", 256, from, to);
        SigningKey ed25519 = authority.issue("ed-partner", "Ed25519", 0, from, to);

        Outcome<SignatureCheck> ecOutcome = verifier.verifyDetached(INVOICE, signer.signDetached(INVOICE, ec),
                authority.anchors());
        Outcome<SignatureCheck> edOutcome = verifier.verifyDetached(INVOICE, signer.signDetached(INVOICE, ed25519),
                authority.anchors());

        assertTrue(ecOutcome.isAccepted(), ecOutcome::toString);
        assertEquals("SHA-256", ecOutcome.value().digestAlgorithm());
        assertTrue(edOutcome.isAccepted(), edOutcome::toString);
        // RFC 8419: Ed25519 in CMS digests with SHA-512
        assertEquals("SHA-512", edOutcome.value().digestAlgorithm());
    }

    @Test
    void manyThreadsSigningWithOneKeyEachGetAValidSignatureOfTheirOwnDocument() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Outcome<SignatureCheck>>> jobs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                byte[] document = ("document " + i).getBytes(UTF_8);
                jobs.add(() -> verifier.verifyDetached(document, signer.signDetached(document, pki.gatewayKey()),
                        pki.trustAnchors()));
            }
            for (Future<Outcome<SignatureCheck>> result : pool.invokeAll(jobs)) {
                assertTrue(result.get().isAccepted(), () -> result.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void consecutiveSignaturesWithOneSignerEachCoverOnlyTheirOwnDocument() {
        byte[] first = "first".getBytes(UTF_8);
        byte[] second = "second".getBytes(UTF_8);

        byte[] firstSignature = signer.signDetached(first, pki.gatewayKey());
        byte[] secondSignature = signer.signDetached(second, pki.gatewayKey());

        // the signer reuses its generators: state left over from the first signature would show here
        assertTrue(verifier.verifyDetached(first, firstSignature, pki.trustAnchors()).isAccepted());
        assertTrue(verifier.verifyDetached(second, secondSignature, pki.trustAnchors()).isAccepted());
        assertFalse(verifier.verifyDetached(second, firstSignature, pki.trustAnchors()).isAccepted());
    }
}
