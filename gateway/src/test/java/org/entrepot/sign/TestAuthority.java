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

    /** A root that may have one level of intermediate CAs below it. */
    static TestAuthority createWithIntermediates(String name) {
        return new TestAuthority(CertificateIssuer.selfSignedCa(CertificateIssuer.rsaKeyPair(2048),
                "CN=" + name + ",O=Entrepot tests", NOW.minus(days(3650)), NOW.plus(days(3650)), 1));
    }

    /** An intermediate CA issued by this one, itself a test authority; {@code profile} may name its revocation sources. */
    TestAuthority intermediate(String name, CertificateIssuer.Profile profile) {
        return new TestAuthority(CertificateIssuer.issue(CertificateIssuer.rsaKeyPair(2048),
                "CN=" + name + ",O=Entrepot tests", root, NOW.minus(days(365)), NOW.plus(days(3000)), profile));
    }

    /** An RSA key valid from yesterday for a year, with any profile. */
    SigningKey issue(String commonName, CertificateIssuer.Profile profile) {
        return CertificateIssuer.issue(CertificateIssuer.rsaKeyPair(2048), "CN=" + commonName + ",O=Entrepot tests",
                root, NOW.minus(days(1)), NOW.plus(days(365)), profile);
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
