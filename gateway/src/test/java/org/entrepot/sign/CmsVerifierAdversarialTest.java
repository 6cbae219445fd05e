package org.entrepot.sign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.entrepot.document.Reason.SIGNATURE_INVALID;
import static org.entrepot.document.Reason.SIGNER_KEY_USAGE;
import static org.entrepot.document.Reason.SIGNER_NOT_TRUSTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signatures a hostile or broken partner could send: each must be rejected with the right code. */
class CmsVerifierAdversarialTest {

    private static final byte[] INVOICE = "UNH+1+INVOIC:D:96A:UN'BGM+380+INV-42+9'MOA+77:1896.00'UNT+4+1'"
            .getBytes(UTF_8);

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
    void contentAlteredAfterSigningIsRejectedAsSignatureInvalid() {
        byte[] signature = signer.signDetached(INVOICE, pki.gatewayKey());
        byte[] altered = new String(INVOICE, UTF_8).replace("1896.00", "9896.00").getBytes(UTF_8);

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(altered, signature, pki.trustAnchors());

        assertEquals(List.of(SIGNATURE_INVALID), reasons(outcome));
        assertTrue(outcome.rejections().get(0).message().contains("does not match the digest"), outcome::toString);
    }

    @Test
    void aSignatureValueWithOneBitFlippedIsRejectedAsSignatureInvalid() {
        byte[] signature = signer.signDetached(INVOICE, pki.gatewayKey());
        // the RSA signature value is the last field of the structure
        signature[signature.length - 10] ^= 0x01;

        assertEquals(List.of(SIGNATURE_INVALID), reasons(verifier.verifyDetached(INVOICE, signature, pki.trustAnchors())));
    }

    @Test
    void aSignatureByACertificateOfAnotherCaIsRejectedAsNotTrusted() {
        TestAuthority otherCa = TestAuthority.create("Some other CA");
        byte[] signature = signer.signDetached(INVOICE, otherCa.issue("intruder"));

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(INVOICE, signature, pki.trustAnchors());

        assertEquals(List.of(SIGNER_NOT_TRUSTED), reasons(outcome));
    }

    @Test
    void aCertificateForgedInTheNameOfTheDemoCaIsRejectedAsNotTrusted() {
        // same issuer and subject names as the real ones; only the keys differ
        SigningKey forgedRoot = CertificateIssuer.selfSignedCa(CertificateIssuer.rsaKeyPair(2048), DemoPki.CA_SUBJECT,
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
        SigningKey forgedGateway = CertificateIssuer.signingCertificate(CertificateIssuer.rsaKeyPair(2048),
                DemoPki.GATEWAY_SUBJECT, forgedRoot, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)));

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(INVOICE,
                signer.signDetached(INVOICE, forgedGateway), pki.trustAnchors());

        assertEquals(List.of(SIGNER_NOT_TRUSTED), reasons(outcome));
    }

    @Test
    void theCaKeyCannotSignDocumentsBecauseItsCertificateIsOnlyForCertificates() {
        byte[] signature = signer.signDetached(INVOICE, pki.caKey());

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(INVOICE, signature, pki.trustAnchors());

        assertEquals(List.of(SIGNER_KEY_USAGE), reasons(outcome));
        assertTrue(outcome.rejections().get(0).message().contains("key usage"), outcome::toString);
    }

    @Test
    void garbageInsteadOfCmsIsRejectedAsNotCmsWithoutThrowing() throws Exception {
        byte[] real = signer.signDetached(INVOICE, pki.gatewayKey());
        byte[] random = new byte[2048];
        new Random(42).nextBytes(random);
        List<byte[]> garbage = List.of(
                new byte[0],
                random,
                "this is not a signature".getBytes(UTF_8),
                Arrays.copyOf(real, real.length / 2),
                Base64.getMimeEncoder().encode(real),
                pki.caCertificate().getEncoded(),
                new byte[] {0x30, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff});

        for (byte[] notCms : garbage) {
            Outcome<SignatureCheck> outcome = verifier.verifyDetached(INVOICE, notCms, pki.trustAnchors());
            assertEquals(List.of(SIGNATURE_INVALID), reasons(outcome), outcome::toString);
        }
    }

    @Test
    void aSignatureStrippedOfItsCertificatesIsRejected() throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(INVOICE),
                signer.signDetached(INVOICE, pki.gatewayKey()));
        CMSSignedData stripped = CMSSignedData.replaceCertificatesAndCRLs(signed, new JcaCertStore(List.of()), null, null);

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(INVOICE, stripped.getEncoded(), pki.trustAnchors());

        assertEquals(List.of(SIGNATURE_INVALID), reasons(outcome));
        assertTrue(outcome.rejections().get(0).message().contains("certificate"), outcome::toString);
    }

    @Test
    void aSignatureCarryingAnotherPartnersCertificateInsteadOfTheSignersIsRejected() throws Exception {
        CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(INVOICE),
                signer.signDetached(INVOICE, pki.gatewayKey()));
        CMSSignedData swapped = CMSSignedData.replaceCertificatesAndCRLs(signed,
                new JcaCertStore(pki.partnerKey("acme").orElseThrow().chain()), null, null);

        assertEquals(List.of(SIGNATURE_INVALID),
                reasons(verifier.verifyDetached(INVOICE, swapped.getEncoded(), pki.trustAnchors())));
    }

    @Test
    void aSignatureThatEncapsulatesItsOwnContentIsNotAcceptedAsDetached() throws Exception {
        SigningKey gateway = pki.gatewayKey();
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(gateway.privateKey()), gateway.certificate()));
        generator.addCertificates(new JcaCertStore(gateway.chain()));
        byte[] enveloping = generator.generate(new CMSProcessableByteArray(INVOICE), true).getEncoded();

        assertEquals(List.of(SIGNATURE_INVALID),
                reasons(verifier.verifyDetached(INVOICE, enveloping, pki.trustAnchors())));
    }

    @Test
    void aSignatureDatedAnHourInTheFutureIsRejected() {
        CmsSigner fastClock = new CmsSigner(Clock.fixed(Instant.now().plus(Duration.ofHours(1)), ZoneOffset.UTC));

        Outcome<SignatureCheck> outcome = verifier.verifyDetached(INVOICE,
                fastClock.signDetached(INVOICE, pki.gatewayKey()), pki.trustAnchors());

        assertEquals(List.of(SIGNATURE_INVALID), reasons(outcome));
        assertTrue(outcome.rejections().get(0).message().contains("in the future"), outcome::toString);
    }

    @Test
    void aPartnersSelfSignedCertificateIsTrustedOnlyWhenPinnedAsAnAnchor() {
        SigningKey selfSigned = CertificateIssuer.selfSignedSigningCertificate(CertificateIssuer.rsaKeyPair(2048),
                "CN=globex,O=Globex", Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
        byte[] signature = signer.signDetached(INVOICE, selfSigned);

        assertTrue(verifier.verifyDetached(INVOICE, signature, TrustAnchors.of(selfSigned.certificate())).isAccepted());
        assertEquals(List.of(SIGNER_NOT_TRUSTED), reasons(verifier.verifyDetached(INVOICE, signature, pki.trustAnchors())));
    }

    static List<Reason> reasons(Outcome<?> outcome) {
        return outcome.rejections().stream().map(rejection -> rejection.reason()).collect(Collectors.toList());
    }
}
