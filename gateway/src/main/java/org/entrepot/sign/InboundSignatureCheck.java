package org.entrepot.sign;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.entrepot.partner.Agreement;
import org.entrepot.partner.CertificateReference;
import org.entrepot.partner.InboundVerification;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;

/**
 * The pipeline's signature step for received documents. A document that arrives as an
 * enveloping CMS signature is opened before identification (the envelope inside names sender
 * and agreement); once the agreement is known, the signature is verified under that agreement's
 * policy and against the sender's registered certificates. An unsigned document passes only if
 * the agreement does not require a signature.
 */
public final class InboundSignatureCheck {

    /**
     * What was received, split into what to identify and the signature around it.
     *
     * @param content   the bytes to identify and process: the received bytes, or the content
     *                  of an enveloping signature (not yet verified)
     * @param signature the received enveloping signature, or null when the document came unsigned
     */
    public record Opened(byte[] content, byte[] signature) {
        public boolean signed() {
            return signature != null;
        }
    }

    private final CmsVerifier verifier;
    private final TrustAnchors anchors;
    private final Map<String, PartnerCertificates> registrations;

    /**
     * @param verifier      the verifier (with its revocation caches)
     * @param anchors       the roots partners' certificates chain to; null when none are
     *                      configured, which refuses every signed document as not trusted
     * @param registrations each partner's registered certificates; a partner without an entry
     *                      may sign with any certificate that chains to {@code anchors}
     */
    public InboundSignatureCheck(CmsVerifier verifier, TrustAnchors anchors, Map<String, PartnerCertificates> registrations) {
        this.verifier = verifier;
        this.anchors = anchors;
        this.registrations = Map.copyOf(registrations);
    }

    /** A check without trust: unsigned documents pass unless required, signed ones are refused. */
    public static InboundSignatureCheck withoutTrust() {
        return new InboundSignatureCheck(new CmsVerifier(), null, Map.of());
    }

    /**
     * Resolves every partner's certificate references through {@code lookup}.
     *
     * @throws KeyMaterialException naming the partner and reference that does not resolve: a
     *                              partner file that names a missing certificate stops start-up
     */
    public static Map<String, PartnerCertificates> registrations(PartnerDirectory partners,
                                                                 Function<CertificateReference, Optional<X509Certificate>> lookup) {
        Map<String, PartnerCertificates> resolved = new TreeMap<>();
        for (Partner partner : partners.partners()) {
            if (partner.certificates().isEmpty()) {
                continue;
            }
            List<PartnerCertificates.Registered> registered = new ArrayList<>();
            for (CertificateReference reference : partner.certificates()) {
                X509Certificate certificate = lookup.apply(reference).orElseThrow(() -> new KeyMaterialException(
                        "partner " + partner.id() + " names certificate " + reference + ", which the partner certificate"
                                + " store does not hold; import it with: entrepot certs import --partner " + partner.id()));
                registered.add(new PartnerCertificates.Registered(certificate, reference.from(), reference.until()));
            }
            resolved.put(partner.id(), PartnerCertificates.of(partner.id(), registered));
        }
        return resolved;
    }

    /**
     * Opens a received document: an enveloping CMS SignedData gives up its content (unverified
     * until {@link #verify}); anything else is the content itself. Never throws.
     */
    public static Opened open(byte[] received) {
        if (!CmsVerifier.isSignedData(received)) {
            return new Opened(received, null);
        }
        try {
            CMSTypedData signedContent = new CMSSignedData(received).getSignedContent();
            if (signedContent != null && signedContent.getContent() instanceof byte[] bytes) {
                return new Opened(bytes, received);
            }
        } catch (CMSException | RuntimeException e) {
            // not openable: identification will refuse the bytes as they are
        }
        return new Opened(received, null);
    }

    /**
     * Verifies the signature of an opened document under the agreement it was identified by.
     *
     * @return empty when the document is unsigned and the agreement allows that; the check
     *         (whose warnings the caller must record) when the signature is valid; otherwise
     *         rejections, {@code SIGNATURE_MISSING} for unsigned input the agreement requires signed
     */
    public Outcome<Optional<SignatureCheck>> verify(Opened opened, Agreement agreement) {
        InboundVerification policy = agreement.verify();
        if (!opened.signed()) {
            Optional<Outcome<Optional<SignatureCheck>>> inBand = inBand(opened.content(), agreement);
            if (inBand.isPresent()) {
                return inBand.get();
            }
            return policy.require()
                    ? Outcome.rejected(Rejection.of(Reason.SIGNATURE_MISSING, "agreement " + agreement.id()
                    + " requires documents from " + agreement.sender() + " to be signed (enveloping CMS, XAdES or AUTACK), and this one is not"))
                    : Outcome.accepted(Optional.empty());
        }
        if (anchors == null) {
            return Outcome.rejected(Rejection.of(Reason.SIGNER_NOT_TRUSTED,
                    "the document is signed but this gateway has no trusted roots configured to verify it"));
        }
        VerificationRules rules = new VerificationRules(anchors, revocationPolicy(policy),
                registrations.get(agreement.sender()));
        return verifier.verifyEnveloping(opened.signature(), rules).map(signed -> Optional.of(signed.check()));
    }

    /**
     * A signature inside the document itself: an enveloped XAdES in XML, an AUTACK beside the
     * EDIFACT messages it secures. Verified against the trusted roots and, when the sender
     * registered certificates, only those (valid at the signing time) may have signed. Empty when
     * the document carries none.
     */
    private Optional<Outcome<Optional<SignatureCheck>>> inBand(byte[] content, Agreement agreement) {
        org.entrepot.document.Syntax syntax = org.entrepot.identify.SyntaxSniffer.sniff(content);
        String text = new String(content, 0, content.length, java.nio.charset.StandardCharsets.ISO_8859_1);
        boolean xades = syntax == org.entrepot.document.Syntax.XML && text.contains("http://www.w3.org/2000/09/xmldsig#");
        boolean autack = syntax == org.entrepot.document.Syntax.EDIFACT && carriesAutack(text);
        if (!xades && !autack) {
            return Optional.empty();
        }
        if (anchors == null) {
            return Optional.of(Outcome.rejected(Rejection.of(Reason.SIGNER_NOT_TRUSTED,
                    "the document is signed but this gateway has no trusted roots configured to verify it")));
        }
        PartnerCertificates registered = registrations.get(agreement.sender());
        if (xades) {
            return Optional.of(org.entrepot.sign.xades.XadesVerifier.verify(content, anchors)
                    .then(v -> registeredSigner(registered, v.signer(), v.signingTime(), "XAdES")));
        }
        List<X509Certificate> candidates = registered == null ? List.of()
                : registered.registered().stream().map(PartnerCertificates.Registered::certificate).toList();
        return Optional.of(new org.entrepot.sign.autack.AutackVerifier(candidates, anchors).verify(content)
                .then(v -> registeredSigner(registered, v.signer(), v.securityTime(), "AUTACK")));
    }

    /** Whether a message header names AUTACK (UNH, reference, then S009 0065), in the interchange's own separators. */
    private static boolean carriesAutack(String text) {
        boolean una = text.startsWith("UNA") && text.length() > 8;
        String component = una ? String.valueOf(text.charAt(3)) : ":";
        String element = una ? String.valueOf(text.charAt(4)) : "+";
        String terminator = una ? String.valueOf(text.charAt(8)) : "'";
        for (int at = text.indexOf(element + "AUTACK" + component); at >= 0;
             at = text.indexOf(element + "AUTACK" + component, at + 1)) {
            int segment = text.lastIndexOf(terminator, at) + 1;
            if (text.substring(segment, at).strip().startsWith("UNH" + element)) {
                return true;
            }
        }
        return false;
    }

    private static Outcome<Optional<SignatureCheck>> registeredSigner(PartnerCertificates registered, X509Certificate signer,
                                                                      java.time.Instant at, String kind) {
        if (registered != null && registered.validAt(at).stream().noneMatch(r -> r.certificate().equals(signer))) {
            return Outcome.rejected(Rejection.of(Reason.SIGNER_NOT_REGISTERED, kind + " signed by "
                    + signer.getSubjectX500Principal().getName() + ", which " + registered.partner()
                    + " did not register for " + at));
        }
        return Outcome.accepted(Optional.of(new SignatureCheck(signer, at, kind + " SHA-256")));
    }

    static RevocationPolicy revocationPolicy(InboundVerification policy) {
        return new RevocationPolicy(RevocationPolicy.Source.valueOf(policy.revocation().name()),
                RevocationPolicy.OnUnreachable.valueOf(policy.unreachable().name()));
    }
}
