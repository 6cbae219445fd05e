package org.entrepot.sign;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * What a successful verification established.
 *
 * @param signerCertificate the certificate of the key that signed, which chains to a trust anchor
 * @param signingTime       the time the signer claims to have signed, or null if it did not say
 * @param digestAlgorithm   the message digest algorithm, e.g. {@code SHA-256}
 */
public record SignatureCheck(X509Certificate signerCertificate, Instant signingTime, String digestAlgorithm) {

    public SignatureCheck {
        Objects.requireNonNull(signerCertificate, "signerCertificate");
        Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
    }

    @Override
    public String toString() {
        return "SignatureCheck[signer " + signerCertificate.getSubjectX500Principal()
                + ", signed " + (signingTime == null ? "at an unknown time" : signingTime)
                + ", " + digestAlgorithm + "]";
    }
}
