package org.entrepot.sign.timestamp;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.TrustAnchors;

/**
 * A throw-away certificate authority for signature tests in the sign sub-packages, which cannot
 * reach the demo PKI's package-private issuer: a root, and end-entity keys for document signing
 * (RSA or EC) or for time stamping (critical {@code timeStamping} extended key usage).
 */
public final class TestCa {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair rootKeys;
    private final X509Certificate root;

    private TestCa(KeyPair rootKeys, X509Certificate root) {
        this.rootKeys = rootKeys;
        this.root = root;
    }

    public static TestCa create(String name) {
        try {
            KeyPair keys = keyPair("RSA");
            X500Principal subject = new X500Principal("CN=" + name + ",O=Entrepot tests");
            Instant now = Instant.now();
            X509Certificate root = sign(new JcaX509v3CertificateBuilder(subject, serial(), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)), keys);
            return new TestCa(keys, root);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create test CA " + name, e);
        }
    }

    public X509Certificate root() {
        return root;
    }

    public TrustAnchors anchors() {
        return TrustAnchors.of(root);
    }

    /** A document-signing key ("RSA" 2048 or "EC" P-256) valid from yesterday for a year. */
    public SigningKey signer(String commonName, String algorithm) {
        return issue(commonName, algorithm, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation), null);
    }

    /** A timestamp authority's RSA key with the critical timeStamping extended key usage. */
    public SigningKey timestampAuthority(String commonName) {
        return issue(commonName, "RSA", new KeyUsage(KeyUsage.digitalSignature), new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    }

    private SigningKey issue(String commonName, String algorithm, KeyUsage usage, ExtendedKeyUsage extendedUsage) {
        try {
            KeyPair keys = keyPair(algorithm);
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, serial(), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))), new X500Principal("CN=" + commonName + ",O=Entrepot tests"),
                    keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, usage);
            if (extendedUsage != null) {
                builder.addExtension(Extension.extendedKeyUsage, true, extendedUsage);
            }
            X509Certificate certificate = sign(builder, rootKeys);
            return new SigningKey(keys.getPrivate(), certificate, List.of(certificate, root));
        } catch (Exception e) {
            throw new IllegalStateException("cannot issue " + commonName, e);
        }
    }

    private static KeyPair keyPair(String algorithm) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
        generator.initialize("EC".equals(algorithm) ? 256 : 2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(126, RANDOM).setBit(126);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.getPrivate())));
    }
}
