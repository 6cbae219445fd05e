package org.entrepot.deliver;

import java.util.Objects;

/**
 * Why a send did not deliver, as a value the delivery route decides on: a failure that may pass
 * (the peer is down, slow, busy) is tried again on the agreement's schedule; one that will not
 * (the peer refuses the document, the receipt does not match what was sent) still is, up to the
 * limit, because a partner may fix its side, but its reason is kept for the dead letter.
 */
public final class DeliveryFailure extends Exception {

    /** The failure's code. */
    public enum Kind {
        /** No connection: refused, unknown host, TLS handshake failed. */
        UNREACHABLE,
        /** Connected, but no answer within the read timeout. */
        TIMEOUT,
        /** The peer answered and refused: HTTP 4xx/5xx, SOAP fault, negative MDN, SFTP permission denied. */
        REFUSED,
        /** The peer's receipt cannot be trusted: bad or missing MDN signature, MIC mismatch or missing. */
        RECEIPT_INVALID,
        /** The gateway's settings for the receiver cannot work: missing key, certificate not found. */
        MISCONFIGURED,
        /** The channel failed in a way it did not foresee: a gateway fault, logged with its stack trace. */
        CHANNEL_ERROR
    }

    private final Kind kind;
    private final transient Transmission.Evidence evidence;

    public DeliveryFailure(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public DeliveryFailure(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    /**
     * @param evidence what the peer answered (a negative MDN, a SOAP fault), archived with the document
     */
    public DeliveryFailure(Kind kind, String message, Transmission.Evidence evidence, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.evidence = evidence;
    }

    public Kind kind() {
        return kind;
    }

    /** @return what the peer answered, or null */
    public Transmission.Evidence evidence() {
        return evidence;
    }

    /** {@code KIND: message}, as tracking and the dead-letter queue show it. */
    public String describe() {
        return kind + ": " + getMessage();
    }
}
