package org.entrepot.sign;

import java.util.Objects;

/**
 * What a signature must satisfy beyond matching its content: the roots to chain to, how
 * revocation is checked, and, when the sender is known, which of its certificates may sign.
 *
 * @param anchors    the trusted roots
 * @param revocation the revocation policy of the agreement
 * @param signers    the sending partner's registered certificates; null accepts any certificate
 *                   that chains to {@code anchors} (the CLI, or a partner without registrations)
 */
public record VerificationRules(TrustAnchors anchors, RevocationPolicy revocation, PartnerCertificates signers) {

    public VerificationRules {
        Objects.requireNonNull(anchors, "anchors");
        Objects.requireNonNull(revocation, "revocation");
    }

    /** Chain to {@code anchors}, no revocation check, any signer. */
    public static VerificationRules trusting(TrustAnchors anchors) {
        return new VerificationRules(anchors, RevocationPolicy.NONE, null);
    }
}
