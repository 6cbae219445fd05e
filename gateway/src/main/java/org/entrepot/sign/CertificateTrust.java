package org.entrepot.sign;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import org.entrepot.document.Outcome;
import org.entrepot.document.Rejection;

/**
 * The trust decision of {@link CmsVerifier}, opened to the other signature formats (XAdES,
 * AUTACK, RFC 3161 timestamps in the sub-packages) so that every format trusts a certificate
 * for exactly the same reasons.
 */
public final class CertificateTrust {

    private CertificateTrust() {
    }

    /**
     * @param certificate   the certificate of the key that signed
     * @param intermediates certificates the signature offers for building the chain
     * @param anchors       the roots to reach
     * @param at            the moment at which every certificate of the chain must be valid
     * @return a {@code SIGNER_NOT_TRUSTED} rejection, or empty when the certificate is trusted
     */
    public static Optional<Rejection> check(X509Certificate certificate, Collection<X509Certificate> intermediates,
                                            TrustAnchors anchors, Instant at) {
        Outcome<SignerTrust.Chain> chain = SignerTrust.chain(certificate, intermediates, anchors, Date.from(at));
        return chain.isAccepted() ? Optional.empty() : Optional.of(chain.rejections().get(0));
    }

    /** How rejections name a certificate: subject and serial number. */
    public static String describe(X509Certificate certificate) {
        return SignerTrust.describe(certificate);
    }
}
