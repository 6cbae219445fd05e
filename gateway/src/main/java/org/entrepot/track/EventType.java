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
    /** A certificate the gateway signs or verifies with expires within 30, 7 or 1 days. */
    CERTIFICATE_EXPIRING,
    /** A signature was accepted with a caveat, e.g. revocation could not be checked and policy says warn. */
    SIGNATURE_WARNING
}
