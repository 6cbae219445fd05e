package org.entrepot.sign.autack;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a successful AUTACK verification established.
 *
 * @param signer            the certificate whose key signed the AUTACK, trusted
 * @param securityTime      the security date and time the AUTACK states (USH S501)
 * @param securedReferences the UNH references of the messages whose hashes matched, in AUTACK order
 */
public record VerifiedAutack(X509Certificate signer, Instant securityTime, List<String> securedReferences) {

    public VerifiedAutack {
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(securityTime, "securityTime");
        securedReferences = List.copyOf(securedReferences);
    }
}
