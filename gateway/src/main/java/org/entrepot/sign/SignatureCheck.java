package org.entrepot.sign;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a successful verification established.
 *
 * @param signerCertificate the certificate of the key that signed, which chains to a trust anchor
 * @param signingTime       the time the signer claims to have signed, or null if it did not say
 * @param digestAlgorithm   the message digest algorithm, e.g. {@code SHA-256}
 * @param warnings          what was accepted with a caveat (e.g. revocation could not be checked
 *                          and the agreement says warn); the caller must record them
 */
public record SignatureCheck(X509Certificate signerCertificate, Instant signingTime, String digestAlgorithm,
                             List<String> warnings) {

    public SignatureCheck {
        Objects.requireNonNull(signerCertificate, "signerCertificate");
        Objects.requireNonNull(digestAlgorithm, "digestAlgorithm");
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public SignatureCheck(X509Certificate signerCertificate, Instant signingTime, String digestAlgorithm) {
        this(signerCertificate, signingTime, digestAlgorithm, List.of());
    }

    @Override
    public String toString() {
        return "SignatureCheck[signer " + signerCertificate.getSubjectX500Principal()
                + ", signed " + (signingTime == null ? "at an unknown time" : signingTime)
                + ", " + digestAlgorithm + (warnings.isEmpty() ? "" : ", warnings " + warnings) + "]";
    }
}
