package org.entrepot.partner;

import java.util.Objects;

/**
 * What an agreement asks of the signature on documents the sender sends.
 *
 * @param require     whether an unsigned document is refused
 * @param revocation  how the signer's chain is checked for revocation
 * @param unreachable what a revocation source that gives no answer means
 */
public record InboundVerification(boolean require, Revocation revocation, Unreachable unreachable) {

    /** Signatures are verified when present (chain, validity, key usage), not required, no revocation check. */
    public static final InboundVerification DEFAULT = new InboundVerification(false, Revocation.NONE, Unreachable.FAIL);

    /** Where revocation status comes from; {@code BOTH} asks OCSP first and falls back to the CRL. */
    public enum Revocation { NONE, CRL, OCSP, BOTH }

    /** FAIL rejects the document; WARN accepts it and records a warning event. */
    public enum Unreachable { FAIL, WARN }

    public InboundVerification {
        Objects.requireNonNull(revocation, "revocation");
        Objects.requireNonNull(unreachable, "unreachable");
    }
}
