package org.entrepot.sign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * Verifies CMS signatures, detached or enveloping. A bad signature is an answer, not an error:
 * every problem becomes a coded {@link Rejection}, and the outcome is accepted only when every
 * signer's signature matches the content, the signed signing-certificate attribute (if any)
 * names the certificate carried, that certificate was valid when it signed, may sign documents
 * (key usage), chains to a trust anchor, is one the sending partner registered for that time
 * (when the rules name the partner's certificates), and is not revoked (as the agreement's
 * revocation policy asks).
 *
 * <p>Certificate validity is judged at the signing time the signer states, so that a document
 * signed before its certificate expired still verifies when it arrives later. The stated time
 * is the signer's own claim; a time more than five minutes ahead of this gateway's clock is
 * refused. Safe for concurrent use.
 */
public final class CmsVerifier {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;
    private final RevocationChecker revocation;

    /** A verifier that judges "now" by the system clock. */
    public CmsVerifier() {
        this(Clock.systemUTC());
    }

    /** A verifier that judges "now" by {@code clock}. */
    public CmsVerifier(Clock clock) {
        this(clock, new RevocationChecker(clock));
    }

    /** A verifier that judges "now" by {@code clock} and asks {@code revocation} (and its caches) about revocation. */
    public CmsVerifier(Clock clock, RevocationChecker revocation) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.revocation = Objects.requireNonNull(revocation, "revocation");
    }

    /**
     * Checks that {@code cmsSignature} is a valid detached signature of {@code content} by a
     * signer that {@code anchors} trust, without revocation checks.
     *
     * @param content      the exact bytes that were signed
     * @param cmsSignature a DER or BER encoded CMS ContentInfo holding SignedData without content
     * @return the signer's certificate, signing time and digest algorithm; or coded rejections
     */
    public Outcome<SignatureCheck> verifyDetached(byte[] content, byte[] cmsSignature, TrustAnchors anchors) {
        return verifyDetached(content, cmsSignature, VerificationRules.trusting(Objects.requireNonNull(anchors, "anchors")));
    }

    /**
     * Checks that {@code cmsSignature} is a valid detached signature of {@code content} under {@code rules}.
     *
     * @return the signer's certificate, signing time, digest algorithm and warnings; or
     *         rejections coded {@code SIGNATURE_INVALID}, {@code SIGNER_CERTIFICATE_EXPIRED},
     *         {@code SIGNER_CERTIFICATE_NOT_YET_VALID}, {@code SIGNER_KEY_USAGE},
     *         {@code SIGNER_NOT_TRUSTED}, {@code SIGNER_NOT_REGISTERED},
     *         {@code SIGNER_CERTIFICATE_REVOKED} or {@code REVOCATION_UNAVAILABLE}
     */
    public Outcome<SignatureCheck> verifyDetached(byte[] content, byte[] cmsSignature, VerificationRules rules) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(cmsSignature, "cmsSignature");
        Objects.requireNonNull(rules, "rules");
        CMSSignedData signedData;
        try {
            signedData = new CMSSignedData(new CMSProcessableByteArray(content), cmsSignature);
        } catch (CMSException | RuntimeException e) {
            return invalid("the signature is not a CMS SignedData structure: " + e.getMessage());
        }
        try {
            if (encapsulatedContent(signedData) != null) {
                // two contents would leave open which one was meant; detached means none inside
                return invalid("the signature carries its own content; a detached signature was expected");
            }
            return verifySigners(signedData, rules);
        } catch (CMSException | CertificateException | RuntimeException e) {
            // Bouncy Castle parses lazily: damage deep inside the structure only shows now
            return invalid("the CMS signature is damaged: " + e.getMessage());
        }
    }

    /** As {@link #verifyEnveloping(byte[], VerificationRules)}, trusting {@code anchors}, without revocation checks. */
    public Outcome<SignedContent> verifyEnveloping(byte[] cms, TrustAnchors anchors) {
        return verifyEnveloping(cms, VerificationRules.trusting(Objects.requireNonNull(anchors, "anchors")));
    }

    /**
     * Verifies a CMS SignedData that carries its content and returns that content, with the same
     * checks and rejection codes as {@link #verifyDetached(byte[], byte[], VerificationRules)}.
     */
    public Outcome<SignedContent> verifyEnveloping(byte[] cms, VerificationRules rules) {
        Objects.requireNonNull(cms, "cms");
        Objects.requireNonNull(rules, "rules");
        try {
            CMSSignedData signedData = new CMSSignedData(cms);
            byte[] content = encapsulatedContent(signedData);
            if (content == null) {
                return invalid("the signature carries no content; give the signed document with it (detached)");
            }
            return verifySigners(signedData, rules).map(check -> new SignedContent(content, check));
        } catch (CMSException | CertificateException | RuntimeException e) {
            return invalid("the document is not a readable CMS SignedData structure: " + e.getMessage());
        }
    }

    /** Whether {@code bytes} start like a CMS SignedData (a DER/BER ContentInfo of type signedData). */
    public static boolean isSignedData(byte[] bytes) {
        if (bytes.length < 16 || bytes[0] != 0x30) {
            return false;
        }
        try {
            return CMSObjectIdentifiers.signedData.equals(
                    ContentInfo.getInstance(ASN1Primitive.fromByteArray(bytes)).getContentType());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The encapsulated content, or null when the signature is detached. */
    private static byte[] encapsulatedContent(CMSSignedData signedData) {
        if (!CMSObjectIdentifiers.signedData.equals(signedData.toASN1Structure().getContentType())) {
            throw new IllegalArgumentException("the content type is not signedData");
        }
        ASN1Encodable content = SignedData.getInstance(signedData.toASN1Structure().getContent())
                .getEncapContentInfo().getContent();
        if (content == null) {
            return null;
        }
        return ASN1OctetString.getInstance(content).getOctets();
    }

    private Outcome<SignatureCheck> verifySigners(CMSSignedData signedData, VerificationRules rules)
            throws CMSException, CertificateException {
        Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return invalid("the signature has no signer");
        }
        List<Rejection> rejections = new ArrayList<>();
        SignatureCheck first = null;
        for (SignerInformation signer : signers) {
            Outcome<SignatureCheck> outcome = verifySigner(signedData, signer, rules);
            if (!outcome.isAccepted()) {
                rejections.addAll(outcome.rejections());
            } else if (first == null) {
                first = outcome.value();
            }
        }
        return rejections.isEmpty() ? Outcome.accepted(first) : Outcome.rejected(rejections);
    }

    private Outcome<SignatureCheck> verifySigner(CMSSignedData signedData, SignerInformation signer,
                                                 VerificationRules rules) throws CertificateException {
        Collection<X509CertificateHolder> matches = signedData.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return invalid("the signature does not include the signer's certificate");
        }
        X509Certificate certificate = toX509(matches.iterator().next());
        Optional<String> digest = AlgorithmPolicy.acceptedDigest(signer.getDigestAlgOID());
        if (digest.isEmpty()) {
            return invalid("digest algorithm " + signer.getDigestAlgOID() + " is not accepted; use SHA-256 or stronger");
        }
        if (!AlgorithmPolicy.acceptsSignature(signer.getEncryptionAlgOID())) {
            return invalid("signature algorithm " + signer.getEncryptionAlgOID() + " is not accepted");
        }
        Instant now = clock.instant();
        Instant signingTime;
        try {
            signingTime = signingTime(signer);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return invalid("the signing time attribute cannot be read: " + e.getMessage());
        }
        if (signingTime != null && signingTime.isAfter(now.plus(CLOCK_SKEW))) {
            return invalid("the signing time " + signingTime + " is in the future");
        }
        List<Rejection> rejections = new ArrayList<>();
        signatureMismatch(signer, certificate).ifPresent(rejections::add);
        SigningCertificateBinding.check(signer, certificate).ifPresent(rejections::add);
        Date at = Date.from(signingTime != null ? signingTime : now);
        Optional<Rejection> validity = validity(certificate, at, signingTime != null);
        validity.ifPresent(rejections::add);
        SignerTrust.keyUsage(certificate).ifPresent(rejections::add);
        // when the signer was out of validity, trust is still judged (at a moment it was valid) so both are reported
        Date chainDate = validity.isEmpty() ? at
                : at.after(certificate.getNotAfter()) ? certificate.getNotAfter() : certificate.getNotBefore();
        Outcome<SignerTrust.Chain> chain = SignerTrust.chain(certificate, certificates(signedData), rules.anchors(), chainDate);
        rejections.addAll(chain.rejections());
        if (validity.isEmpty() && rules.signers() != null) {
            registration(rules.signers(), certificate, at.toInstant()).ifPresent(rejections::add);
        }
        List<String> warnings = new ArrayList<>();
        if (rejections.isEmpty() && chain.value().anchor() != null) {
            RevocationChecker.Verdict verdict = revocation.check(chain.value().certificates(), chain.value().anchor(),
                    rules.revocation());
            rejections.addAll(verdict.rejections());
            warnings.addAll(verdict.warnings());
        }
        return rejections.isEmpty()
                ? Outcome.accepted(new SignatureCheck(certificate, signingTime, digest.get(), warnings))
                : Outcome.rejected(rejections);
    }

    /** The partner must have registered this certificate for a window that includes the signing time. */
    private static Optional<Rejection> registration(PartnerCertificates signers, X509Certificate certificate, Instant at) {
        Optional<PartnerCertificates.Registered> registered = signers.find(certificate);
        if (registered.isEmpty()) {
            return Optional.of(rejection(Reason.SIGNER_NOT_REGISTERED, "certificate " + SignerTrust.describe(certificate)
                    + " is not registered for partner " + signers.partner()));
        }
        if (!registered.get().coversAt(at)) {
            return Optional.of(rejection(Reason.SIGNER_NOT_REGISTERED, "certificate " + SignerTrust.describe(certificate)
                    + " is registered for partner " + signers.partner() + " from " + registered.get().start()
                    + " until " + registered.get().end() + ", which does not include " + at));
        }
        return Optional.empty();
    }

    private static Optional<Rejection> signatureMismatch(SignerInformation signer, X509Certificate certificate) {
        try {
            // built from the bare public key: Bouncy Castle would otherwise check validity itself and throw
            boolean matches = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                    .setProvider(CryptoProvider.bouncyCastle())
                    .build(certificate.getPublicKey()));
            return matches ? Optional.empty()
                    : Optional.of(rejection(Reason.SIGNATURE_INVALID, "the signature value does not match the signed data"));
        } catch (CMSSignerDigestMismatchException e) {
            return Optional.of(rejection(Reason.SIGNATURE_INVALID,
                    "the content does not match the digest that was signed: it was altered or is not the signed content"));
        } catch (CMSException | OperatorCreationException e) {
            return Optional.of(rejection(Reason.SIGNATURE_INVALID, "the signature cannot be checked: " + e.getMessage()));
        }
    }

    private static Optional<Rejection> validity(X509Certificate certificate, Date at, boolean atSigningTime) {
        String when = atSigningTime ? "the signing time " + at.toInstant()
                : "now, " + at.toInstant() + " (the signature states no signing time)";
        try {
            certificate.checkValidity(at);
            return Optional.empty();
        } catch (CertificateExpiredException e) {
            return Optional.of(rejection(Reason.SIGNER_CERTIFICATE_EXPIRED, "certificate "
                    + SignerTrust.describe(certificate) + " expired on " + certificate.getNotAfter().toInstant()
                    + ", before " + when));
        } catch (CertificateNotYetValidException e) {
            return Optional.of(rejection(Reason.SIGNER_CERTIFICATE_NOT_YET_VALID, "certificate "
                    + SignerTrust.describe(certificate) + " becomes valid on " + certificate.getNotBefore().toInstant()
                    + ", after " + when));
        }
    }

    /** The signing-time attribute, or null when absent; it must occur once with one value. */
    private static Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null) {
            return null;
        }
        ASN1EncodableVector all = attributes.getAll(CMSAttributes.signingTime);
        if (all.size() == 0) {
            return null;
        }
        if (all.size() > 1 || Attribute.getInstance(all.get(0)).getAttrValues().size() != 1) {
            throw new IllegalArgumentException("signing time must be stated exactly once");
        }
        return Time.getInstance(Attribute.getInstance(all.get(0)).getAttrValues().getObjectAt(0)).getDate().toInstant();
    }

    private static List<X509Certificate> certificates(CMSSignedData signedData) throws CertificateException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : signedData.getCertificates().getMatches(null)) {
            certificates.add(toX509(holder));
        }
        return certificates;
    }

    /** JDK certificate objects, because the JDK's PKIX implementation validates the chain. */
    private static X509Certificate toX509(X509CertificateHolder holder) throws CertificateException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
        } catch (IOException e) {
            throw new CertificateException(e.getMessage(), e);
        }
    }

    private static Rejection rejection(Reason reason, String message) {
        return Rejection.of(reason, message);
    }

    private static <T> Outcome<T> invalid(String message) {
        return Outcome.rejected(rejection(Reason.SIGNATURE_INVALID, message));
    }
}
