package org.entrepot.sign;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate and the chain that vouches for it, as one keystore entry
 * holds them.
 *
 * @param privateKey  the key that signs
 * @param certificate the certificate of {@code privateKey}
 * @param chain       the certification chain starting with {@code certificate}, towards the root;
 *                    an empty or null chain means the certificate alone
 */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain) {

    public SigningKey {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        chain = chain == null || chain.isEmpty() ? List.of(certificate) : List.copyOf(chain);
        if (!chain.get(0).equals(certificate)) {
            throw new IllegalArgumentException("the chain must start with the signing certificate "
                    + certificate.getSubjectX500Principal());
        }
    }

    /** Names the certificate only, so that logging a key never prints key material. */
    @Override
    public String toString() {
        return "SigningKey[" + certificate.getSubjectX500Principal() + ", serial "
                + certificate.getSerialNumber().toString(16) + "]";
    }
}
