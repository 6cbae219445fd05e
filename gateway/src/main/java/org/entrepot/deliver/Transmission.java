package org.entrepot.deliver;

import java.util.List;
import java.util.Objects;

/**
 * What a channel reports after a successful send.
 *
 * @param status   delivered, or sent with the receipt still to come (an asynchronous AS2 MDN)
 * @param detail   one line for the tracking event: channel, where, and the receipt (MDN, status)
 * @param evidence what the receiver answered, archived with the document (signed MDN, response)
 */
public record Transmission(Status status, String detail, List<Evidence> evidence) {

    /** Whether the channel's receipt is in already. */
    public enum Status {
        /** The receiver confirmed it has the document (sync MDN with matching MIC, SFTP rename done, HTTP 2xx). */
        DELIVERED,
        /** Sent; the receiver's receipt comes later and is reported through {@link DeliveryReports}. */
        AWAITING_RECEIPT
    }

    /**
     * One piece of channel evidence.
     *
     * @param step      archive step name, e.g. {@code mdn}; the delivery adds the output index
     * @param extension file extension in the archive
     * @param content   the bytes exactly as received
     */
    public record Evidence(String step, String extension, byte[] content) {
        public Evidence {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(content, "content");
        }
    }

    public Transmission {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Delivered, with nothing to archive beyond the document itself. */
    public static Transmission delivered(String detail) {
        return new Transmission(Status.DELIVERED, detail, List.of());
    }
}
