package org.entrepot.sign;

import java.security.PublicKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** The signature algorithm the gateway uses for each kind of key it can hold. */
enum SignatureAlgorithm {
    RSA_SHA256("SHA256withRSA"),
    /** RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt (RFC 4056), for partners that ask for PSS. */
    RSA_PSS_SHA256("SHA256withRSAandMGF1"),
    ECDSA_SHA256("SHA256withECDSA"),
    ED25519("Ed25519");

    private final String jcaName;

    SignatureAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    String jcaName() {
        return jcaName;
    }

    /**
     * Chooses by the key's algorithm identifier rather than {@code Key.getAlgorithm()}: the JDK
     * calls an Ed25519 key "EdDSA" and an EC key "EC" while Bouncy Castle says "Ed25519" and
     * "ECDSA", and a hardware key may not report a name at all. The public key is always
     * encodable, so it is the one inspected.
     */
    static SignatureAlgorithm forKey(PublicKey key, RsaPadding padding) {
        SignatureAlgorithm algorithm = forKey(key);
        return algorithm == RSA_SHA256 && padding == RsaPadding.PSS ? RSA_PSS_SHA256 : algorithm;
    }

    static SignatureAlgorithm forKey(PublicKey key) {
        ASN1ObjectIdentifier type = SubjectPublicKeyInfo.getInstance(key.getEncoded())
                .getAlgorithm().getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(type)) {
            return RSA_SHA256;
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(type)) {
            return ECDSA_SHA256;
        }
        if (EdECObjectIdentifiers.id_Ed25519.equals(type)) {
            return ED25519;
        }
        throw new IllegalArgumentException("no signature algorithm for keys of type " + type
                + " (" + key.getAlgorithm() + "); the gateway signs with RSA, EC or Ed25519 keys");
    }
}
