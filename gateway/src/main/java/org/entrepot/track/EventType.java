package org.entrepot.track;

/** The steps of the document flow that leave a tracking event, in flow order. */
public enum EventType {
    /** An adapter accepted the bytes from a channel and they are safe on a queue. */
    RECEIVED,
    /** The envelope was read and the partner and agreement were found. */
    IDENTIFIED,
    /** Syntax, structure, duplicates and signatures were checked. */
    CHECKED,
    /** The document was mapped to the receiver's format. */
    TRANSLATED,
    /** The document was signed as the agreement asks. */
    SIGNED,
    /** The receiver's channel accepted the document. */
    DELIVERED,
    /** A stage refused the document; the detail carries the rejection codes. */
    REJECTED,
    /** The sender was sent an acknowledgement (CONTRL, 997, 999, TA1, APERAK) for the document. */
    ACK_SENT,
    /** A partner acknowledged an interchange the gateway sent (recorded on the document that produced it). */
    ACK_RECEIVED,
    /** The receiver did not acknowledge an interchange within the agreement's deadline. */
    ACK_OVERDUE,
    /** A resent interchange the gateway had already accepted; not processed again. */
    DUPLICATE,
    /** A certificate the gateway signs or verifies with expires within 30, 7 or 1 days. */
    CERTIFICATE_EXPIRING,
    /** A signature was accepted with a caveat, e.g. revocation could not be checked and policy says warn. */
    SIGNATURE_WARNING,
    /** The document was put on the outbound queue of a network channel. */
    DISPATCHED,
    /** A network channel transmitted the document; the receiver's receipt is still to come. */
    SENT,
    /** A try to transmit failed; the detail says why and when the next try is. */
    DELIVERY_RETRY,
    /** Every try failed: the document waits in the dead-letter queue for an operator. */
    DEAD_LETTER,
    /** An operator sent a dead-lettered document on its way again. */
    RESENT
}
