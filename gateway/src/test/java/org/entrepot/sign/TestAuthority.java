package org.entrepot.sign;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A throw-away CA for tests that need certificates the demo PKI never issues: expired, not yet
 * valid, EC or Ed25519. Its root is valid for ten years either side of now, so that only the
 * certificate under test is ever out of validity.
 */
final class TestAuthority {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private final SigningKey root;

    private TestAuthority(SigningKey root) {
        this.root = root;
    }

    static TestAuthority create(String name) {
        return new TestAuthority(CertificateIssuer.selfSignedCa(CertificateIssuer.rsaKeyPair(2048),
                "CN=" + name + ",O=Entrepot tests", NOW.minus(days(3650)), NOW.plus(days(3650))));
    }

    SigningKey root() {
        return root;
    }

    TrustAnchors anchors() {
        return TrustAnchors.of(root.certificate());
    }

    /** An RSA signing key valid from yesterday for a year. */
    SigningKey issue(String commonName) {
        return issue(commonName, "RSA", 2048, NOW.minus(days(1)), NOW.plus(days(365)));
    }

    /** A signing key of any JCA key type (size 0 for the type's default) and validity. */
    SigningKey issue(String commonName, String keyAlgorithm, int keySize, Instant notBefore, Instant notAfter) {
        return CertificateIssuer.signingCertificate(CertificateIssuer.keyPair(keyAlgorithm, keySize),
                "CN=" + commonName + ",O=Entrepot tests", root, notBefore, notAfter);
    }

    static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
