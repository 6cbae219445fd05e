package org.entrepot.sign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.entrepot.document.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every key type the gateway signs with, detached and enveloping, round-trips through our
 * verifier and carries the CAdES-B-B signed attributes.
 */
class CmsFormsAndAlgorithmsTest {

    private static final byte[] ORDER = "UNH+1+ORDERS:D:96A:UN'BGM+220+PO-9+9'UNT+3+1'".getBytes(UTF_8);
    private static final Instant SIGNED_AT = TestAuthority.NOW.minus(Duration.ofMinutes(3));

    private static TestAuthority authority;

    /** The key types and paddings a partner agreement can ask for. */
    enum Algorithm {
        RSA_PKCS1("RSA", 2048, RsaPadding.PKCS1_V1_5, PKCSObjectIdentifiers.sha256WithRSAEncryption.getId()),
        RSA_PSS("RSA", 2048, RsaPadding.PSS, PKCSObjectIdentifiers.id_RSASSA_PSS.getId()),
        ECDSA_P256("EC", 256, RsaPadding.PKCS1_V1_5, "1.2.840.10045.4.3.2"),
        ED25519("Ed25519", 0, RsaPadding.PKCS1_V1_5, "1.3.101.112");

        final String keyType;
        final int size;
        final RsaPadding padding;
        final String signatureOid;

        Algorithm(String keyType, int size, RsaPadding padding, String signatureOid) {
            this.keyType = keyType;
            this.size = size;
            this.padding = padding;
            this.signatureOid = signatureOid;
        }

        SigningKey key() {
            return authority.issue(name().toLowerCase(), keyType, size, TestAuthority.NOW.minus(Duration.ofDays(1)),
                    TestAuthority.NOW.plus(Duration.ofDays(30)));
        }

        CmsSigner signer() {
            return new CmsSigner(Clock.fixed(SIGNED_AT, ZoneOffset.UTC), padding);
        }
    }

    @BeforeAll
    static void createAuthority() {
        authority = TestAuthority.create("Algorithms CA");
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void aDetachedSignatureVerifiesWithItsAlgorithm(Algorithm algorithm) throws Exception {
        byte[] signature = algorithm.signer().signDetached(ORDER, algorithm.key());

        Outcome<SignatureCheck> outcome = new CmsVerifier().verifyDetached(ORDER, signature, authority.anchors());

        assertTrue(outcome.isAccepted(), outcome::toString);
        assertEquals(SIGNED_AT, outcome.value().signingTime());
        assertEquals(algorithm.signatureOid, onlySigner(new CMSSignedData(signature)).getEncryptionAlgOID());
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void anEnvelopingSignatureVerifiesAndGivesBackTheExactContent(Algorithm algorithm) {
        byte[] enveloping = algorithm.signer().signEnveloping(ORDER, algorithm.key());

        Outcome<SignedContent> outcome = new CmsVerifier().verifyEnveloping(enveloping, authority.anchors());

        assertTrue(outcome.isAccepted(), outcome::toString);
        assertArrayEquals(ORDER, outcome.value().content());
        assertTrue(CmsVerifier.isSignedData(enveloping));
        assertTrue(!CmsVerifier.isSignedData(ORDER));
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void theSignedAttributesNameTheSigningCertificateByItsSha256Hash(Algorithm algorithm) throws Exception {
        SigningKey key = algorithm.key();
        SignerInformation signer = onlySigner(new CMSSignedData(algorithm.signer().signEnveloping(ORDER, key)));

        SigningCertificateV2 attribute = SigningCertificateV2.getInstance(signer.getSignedAttributes()
                .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2).getAttrValues().getObjectAt(0));

        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded()),
                attribute.getCerts()[0].getCertHash());
        assertEquals(key.certificate().getSerialNumber(),
                attribute.getCerts()[0].getIssuerSerial().getSerial().getValue());
        assertNotNull(signer.getSignedAttributes().get(org.bouncycastle.asn1.cms.CMSAttributes.signingTime));
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void anEnvelopingSignatureIsNotMistakenForADetachedOne(Algorithm algorithm) {
        byte[] enveloping = algorithm.signer().signEnveloping(ORDER, algorithm.key());
        byte[] detached = algorithm.signer().signDetached(ORDER, algorithm.key());

        assertEquals(List.of(org.entrepot.document.Reason.SIGNATURE_INVALID), new CmsVerifier()
                .verifyDetached(ORDER, enveloping, authority.anchors()).rejections().stream().map(r -> r.reason()).toList());
        assertEquals(List.of(org.entrepot.document.Reason.SIGNATURE_INVALID), new CmsVerifier()
                .verifyEnveloping(detached, authority.anchors()).rejections().stream().map(r -> r.reason()).toList());
    }

    private static SignerInformation onlySigner(CMSSignedData signedData) {
        return signedData.getSignerInfos().getSigners().iterator().next();
    }
}
