package org.entrepot.sign;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.entrepot.document.Outcome;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * Decides whether a signer's certificate is trusted: it must be fit for signing and either be a
 * trust anchor itself or chain to one through the certificates the signature carries (PKIX,
 * RFC 5280, through any number of intermediate CAs). Revocation is checked separately, by
 * {@link RevocationChecker}, with the chain found here.
 */
final class SignerTrust {

    /**
     * A chain from the signer to its anchor.
     *
     * @param certificates the signer first, then each intermediate CA; never the anchor
     * @param anchor       the trusted certificate that issued the last of {@code certificates};
     *                     null when the signer is itself an anchor (pinned)
     */
    record Chain(List<X509Certificate> certificates, X509Certificate anchor) {
    }

    private SignerTrust() {
    }

    /** A {@code SIGNER_KEY_USAGE} rejection when key usage is present and allows neither signatures nor non-repudiation. */
    static Optional<Rejection> keyUsage(X509Certificate signer) {
        boolean[] usage = signer.getKeyUsage();
        if (usage == null || usage[0] || usage[1]) {
            return Optional.empty();
        }
        return Optional.of(Rejection.of(Reason.SIGNER_KEY_USAGE, "certificate " + describe(signer)
                + " is not issued for digital signatures (key usage)"));
    }

    /**
     * @param signer        the signer's certificate
     * @param intermediates certificates offered by the signature to build the chain from
     * @param anchors       the roots to reach
     * @param at            the moment at which every certificate of the chain must be valid
     * @return the chain, or a {@code SIGNER_NOT_TRUSTED} rejection
     */
    static Outcome<Chain> chain(X509Certificate signer, Collection<X509Certificate> intermediates,
                                TrustAnchors anchors, Date at) {
        if (anchors.contains(signer)) {
            return Outcome.accepted(new Chain(List.of(signer), null));
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors.pkixAnchors(), target);
            // revocation is the RevocationChecker's, under the agreement's policy, not the JDK's global settings
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(intermediates)));
            PKIXCertPathBuilderResult result =
                    (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> path = new ArrayList<>();
            for (Certificate certificate : result.getCertPath().getCertificates()) {
                path.add((X509Certificate) certificate);
            }
            return Outcome.accepted(new Chain(path, result.getTrustAnchor().getTrustedCert()));
        } catch (CertPathBuilderException e) {
            return notTrusted("certificate " + describe(signer) + " does not chain to a trusted root "
                    + anchors + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            return notTrusted("the chain of " + describe(signer) + " cannot be checked: " + e.getMessage());
        }
    }

    static String describe(X509Certificate certificate) {
        return "'" + certificate.getSubjectX500Principal().getName() + "' (serial "
                + certificate.getSerialNumber().toString(16) + ")";
    }

    private static Outcome<Chain> notTrusted(String message) {
        return Outcome.rejected(Rejection.of(Reason.SIGNER_NOT_TRUSTED, message));
    }
}
