package org.entrepot.sign;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Date;
import java.util.Optional;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;

/**
 * Decides whether a signer's certificate is trusted: it must be fit for signing and either be a
 * trust anchor itself or chain to one through the certificates the signature carries (PKIX,
 * RFC 5280). Revocation is not checked yet.
 */
final class SignerTrust {

    private SignerTrust() {
    }

    /**
     * @param signer       the signer's certificate
     * @param intermediates certificates offered by the signature to build the chain from
     * @param anchors      the roots to reach
     * @param at           the moment at which every certificate of the chain must be valid
     * @return a {@code SIGNER_NOT_TRUSTED} rejection, or empty when the signer is trusted
     */
    static Optional<Rejection> check(X509Certificate signer, Collection<X509Certificate> intermediates,
                                     TrustAnchors anchors, Date at) {
        if (!fitForSigning(signer)) {
            return notTrusted("certificate " + describe(signer)
                    + " is not issued for digital signatures (key usage)");
        }
        if (anchors.contains(signer)) {
            return Optional.empty();
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors.pkixAnchors(), target);
            // no CRL or OCSP infrastructure exists for partners yet; see certificates/README.md
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(intermediates)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return Optional.empty();
        } catch (CertPathBuilderException e) {
            return notTrusted("certificate " + describe(signer) + " does not chain to a trusted root "
                    + anchors + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            return notTrusted("the chain of " + describe(signer) + " cannot be checked: " + e.getMessage());
        }
    }

    /** Key usage, when present, must allow digital signatures or non-repudiation. */
    private static boolean fitForSigning(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        return usage == null || usage[0] || usage[1];
    }

    static String describe(X509Certificate certificate) {
        return "'" + certificate.getSubjectX500Principal().getName() + "' (serial "
                + certificate.getSerialNumber().toString(16) + ")";
    }

    private static Optional<Rejection> notTrusted(String message) {
        return Optional.of(Rejection.of(Reason.SIGNER_NOT_TRUSTED, message));
    }
}
