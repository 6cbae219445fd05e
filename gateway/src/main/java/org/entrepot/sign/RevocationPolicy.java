package org.entrepot.sign;

import java.util.Objects;

/**
 * How an agreement wants the revocation of a signer's chain checked, and what to do when the
 * source cannot answer. Never silent: an unanswered check is either a rejection or a warning
 * that the pipeline records as an event.
 *
 * @param source        where the status comes from
 * @param onUnreachable what an unanswered check means
 */
public record RevocationPolicy(Source source, OnUnreachable onUnreachable) {

    /** No revocation check (the certificates' validity and chain are still checked). */
    public static final RevocationPolicy NONE = new RevocationPolicy(Source.NONE, OnUnreachable.FAIL);

    /** Where revocation status comes from. */
    public enum Source {
        /** Not checked. */
        NONE,
        /** The CRL at the certificate's CRL distribution point (http or https). */
        CRL,
        /** The OCSP responder named in the certificate's authority information access. */
        OCSP,
        /** OCSP first; the CRL when the responder gives no answer. */
        BOTH
    }

    /** What an unanswered revocation check means for the document. */
    public enum OnUnreachable {
        /** The document is rejected with {@code REVOCATION_UNAVAILABLE}. */
        FAIL,
        /** The document is accepted and the verification carries a warning. */
        WARN
    }

    public RevocationPolicy {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(onUnreachable, "onUnreachable");
    }
}
