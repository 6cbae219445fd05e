package org.entrepot.sign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.entrepot.document.Reason.SIGNATURE_INVALID;
import static org.entrepot.document.Reason.SIGNER_CERTIFICATE_EXPIRED;
import static org.entrepot.document.Reason.SIGNER_KEY_USAGE;
import static org.entrepot.document.Reason.SIGNER_NOT_TRUSTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each way an inbound enveloping signature can be wrong is refused with its own code (the
 * revocation codes are in {@link RevocationTest}, unsigned input in InboundSignatureCheckTest).
 */
class CmsRejectionReasonsTest {

    private static final byte[] INVOICE = "UNH+1+INVOIC:D:96A:UN'BGM+380+INV-77+9'MOA+77:120.00'UNT+4+1'".getBytes(UTF_8);

    private static TestAuthority authority;
    private static SigningKey partner;
    private final CmsSigner signer = new CmsSigner();
    private final CmsVerifier verifier = new CmsVerifier();

    @BeforeAll
    static void createAuthority() {
        authority = TestAuthority.create("Rejections CA");
        partner = authority.issue("partner");
    }

    @Test
    void aTamperedPayloadInsideAnEnvelopingSignatureIsRejectedAsSignatureInvalid() {
        byte[] enveloping = signer.signEnveloping(INVOICE, partner);
        byte[] tampered = replace(enveloping, "120.00", "920.00");

        Outcome<SignedContent> outcome = verifier.verifyEnveloping(tampered, authority.anchors());

        assertEquals(List.of(SIGNATURE_INVALID), reasons(outcome));
        assertTrue(outcome.rejections().get(0).message().contains("altered"), outcome::toString);
    }

    @Test
    void aTamperedSignedAttributeIsRejectedAsSignatureInvalid() throws Exception {
        byte[] enveloping = signer.signEnveloping(INVOICE, partner);
        // move the signing time back a day, as someone hiding a late signature would
        byte[] tampered = withSignedAttributes(enveloping, attributes -> attributes.remove(CMSAttributes.signingTime)
                .add(CMSAttributes.signingTime, new Time(Date.from(TestAuthority.NOW.minus(Duration.ofDays(1))))));

        Outcome<SignedContent> outcome = verifier.verifyEnveloping(tampered, authority.anchors());

        assertEquals(List.of(SIGNATURE_INVALID), reasons(outcome));
        assertTrue(outcome.rejections().get(0).message().contains("signature value"), outcome::toString);
    }

    @Test
    void aSignerFromAnotherCaIsRejectedAsNotTrusted() {
        SigningKey stranger = TestAuthority.create("Stranger CA").issue("stranger");

        assertEquals(List.of(SIGNER_NOT_TRUSTED),
                reasons(verifier.verifyEnveloping(signer.signEnveloping(INVOICE, stranger), authority.anchors())));
    }

    @Test
    void aSignatureMadeAfterTheCertificateExpiredIsRejectedAsExpiredAtSigningTime() {
        SigningKey expired = authority.issue("expired", "RSA", 2048, TestAuthority.NOW.minus(Duration.ofDays(60)),
                TestAuthority.NOW.minus(Duration.ofDays(30)));
        Instant lastWeek = TestAuthority.NOW.minus(Duration.ofDays(7));

        byte[] enveloping = new CmsSigner(Clock.fixed(lastWeek, ZoneOffset.UTC)).signEnveloping(INVOICE, expired);

        assertEquals(List.of(SIGNER_CERTIFICATE_EXPIRED), reasons(verifier.verifyEnveloping(enveloping, authority.anchors())));
    }

    @Test
    void aCertificateIssuedForEncryptionOnlyIsRejectedForItsKeyUsage() {
        SigningKey encryptionOnly = authority.issue("encryption-only",
                CertificateIssuer.Profile.signing().withKeyUsage(KeyUsage.keyEncipherment));

        Outcome<SignedContent> outcome = verifier.verifyEnveloping(signer.signEnveloping(INVOICE, encryptionOnly),
                authority.anchors());

        assertEquals(List.of(SIGNER_KEY_USAGE), reasons(outcome));
    }

    @Test
    void aSigningCertificateAttributeNamingAnotherCertificateIsRejectedAsSignatureInvalid() throws Exception {
        // signed correctly by the partner's key, but the signed attribute binds another certificate
        SigningKey other = authority.issue("other");
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(
                        new AttributeTable(CmsSigner.signingCertificateV2(other.certificate()))))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(partner.privateKey()), partner.certificate()));
        generator.addCertificates(new JcaCertStore(partner.chain()));
        byte[] enveloping = generator.generate(new CMSProcessableByteArray(INVOICE), true).getEncoded();

        Outcome<SignedContent> outcome = verifier.verifyEnveloping(enveloping, authority.anchors());

        assertEquals(List.of(SIGNATURE_INVALID), reasons(outcome));
        assertTrue(outcome.rejections().get(0).message().contains("names another certificate"), outcome::toString);
    }

    @Test
    void garbageIsRejectedWithoutThrowing() {
        assertEquals(List.of(SIGNATURE_INVALID), reasons(verifier.verifyEnveloping(INVOICE, authority.anchors())));
        assertEquals(List.of(SIGNATURE_INVALID), reasons(verifier.verifyEnveloping(new byte[] {0x30, 0x03, 0x06, 0x01, 0x00},
                authority.anchors())));
    }

    private static byte[] withSignedAttributes(byte[] cms, java.util.function.UnaryOperator<AttributeTable> change)
            throws Exception {
        CMSSignedData signedData = new CMSSignedData(cms);
        SignedData original = SignedData.getInstance(signedData.toASN1Structure().getContent());
        SignerInfo info = SignerInfo.getInstance(original.getSignerInfos().getObjectAt(0));
        AttributeTable changed = change.apply(new AttributeTable(info.getAuthenticatedAttributes()));
        SignerInfo forged = new SignerInfo(info.getSID(), info.getDigestAlgorithm(),
                new DERSet(changed.toASN1EncodableVector()), info.getDigestEncryptionAlgorithm(),
                info.getEncryptedDigest(), info.getUnauthenticatedAttributes());
        SignedData rebuilt = new SignedData(original.getDigestAlgorithms(), original.getEncapContentInfo(),
                original.getCertificates(), original.getCRLs(), new DERSet(forged));
        return new ContentInfo(CMSObjectIdentifiers.signedData, rebuilt).getEncoded(ASN1Encoding.DER);
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        byte[] needle = from.getBytes(UTF_8);
        byte[] copy = bytes.clone();
        for (int i = 0; i + needle.length <= copy.length; i++) {
            if (java.util.Arrays.equals(copy, i, i + needle.length, needle, 0, needle.length)) {
                System.arraycopy(to.getBytes(UTF_8), 0, copy, i, needle.length);
                return copy;
            }
        }
        throw new AssertionError(from + " not found");
    }

    private static List<Reason> reasons(Outcome<?> outcome) {
        return outcome.rejections().stream().map(Rejection::reason).distinct().toList();
    }
}
