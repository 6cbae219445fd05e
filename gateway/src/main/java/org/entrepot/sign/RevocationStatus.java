package org.entrepot.sign;

import java.time.Instant;

/**
 * What one source said about one certificate. A status is kept in the cache until
 * {@code freshUntil}, the source's own next update.
 */
sealed interface RevocationStatus {

    Instant freshUntil();

    /** The source vouches that the certificate is not revoked. */
    record Good(String source, Instant freshUntil) implements RevocationStatus {
    }

    /** The source lists the certificate as revoked. */
    record Revoked(String source, Instant revokedAt, String reason, Instant freshUntil) implements RevocationStatus {
    }

    /** The source could not be asked or gave no usable answer. */
    record Unknown(String problem, Instant freshUntil) implements RevocationStatus {
    }
}
