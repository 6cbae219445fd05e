package org.entrepot.deliver;

import java.util.Objects;
import org.entrepot.partner.Delivery;
import org.entrepot.translate.Format;

/**
 * One document on its way to one receiver over a network channel, as the delivery route hands
 * it to the {@link Channel}: translated, enveloped and signed as the agreement asks.
 *
 * @param messageId   the gateway's id of the inbound document it came from
 * @param index       which of that document's outputs this is (1-based), as in the archive
 * @param receiver    the receiving partner's id
 * @param agreementId the agreement it is delivered under
 * @param delivery    the channel and the receiver's settings for it
 * @param name        a file name made of the gateway's own ids, never of anything a partner sent
 * @param content     the bytes to send (signed already when the signature is enveloping)
 * @param signature   the detached CMS signature of {@code content}, or null
 * @param format      the document's format, which gives its media type
 * @param attempt     which try this is, 1-based
 */
public record Outbound(String messageId, int index, String receiver, String agreementId, Delivery delivery,
                       String name, byte[] content, byte[] signature, Format format, int attempt) {

    public Outbound {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(agreementId, "agreementId");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        if (index < 1 || attempt < 1) {
            throw new IllegalArgumentException("index and attempt start at 1: " + index + ", " + attempt);
        }
    }

    /**
     * The id of this transmission, the same on every retry and every resend from the dead-letter
     * queue: the AS2 Message-ID, the idempotency key of a REST call, the SOAP message id. A
     * receiver that saw it already knows a retry from a new document.
     */
    public String transmissionId() {
        return messageId + "-" + index;
    }

    /** The media type of the content (RFC 1767 for EDI). */
    public String contentType() {
        return switch (format) {
            case EDIFACT -> "application/EDIFACT";
            case X12 -> "application/EDI-X12";
            default -> "application/xml";
        };
    }

    /** The same document, for try number {@code next}. */
    public Outbound attempt(int next) {
        return new Outbound(messageId, index, receiver, agreementId, delivery, name, content, signature, format, next);
    }
}
