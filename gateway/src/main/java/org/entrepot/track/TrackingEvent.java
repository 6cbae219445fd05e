package org.entrepot.track;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.entrepot.document.Rejection;

/**
 * One step of one document, as evidence: which document, which interchange, what happened, when.
 *
 * @param messageId the gateway's id of the document (see {@link MessageIds}); required, at most
 *     {@value #MAX_MESSAGE_ID} characters
 * @param interchangeRef the interchange control reference from the envelope (UNB 0020, ISA13, or
 *     the XML document id); {@code null} until the document is identified
 * @param type what happened; required
 * @param at when it happened; required
 * @param detail a short human line, e.g. {@code INVOIC D96A from nordwind to globex}; never
 *     {@code null} (an absent detail becomes empty)
 */
public record TrackingEvent(String messageId, String interchangeRef, EventType type, Instant at, String detail) {

    /** The longest message id tracking accepts; the gateway's own ids are far shorter. */
    public static final int MAX_MESSAGE_ID = 100;

    /** Checks the required parts so that a broken event fails where it is made, not in the database. */
    public TrackingEvent {
        Objects.requireNonNull(messageId, "messageId");
        if (messageId.isBlank()) {
            throw new IllegalArgumentException("messageId must not be blank");
        }
        if (messageId.length() > MAX_MESSAGE_ID) {
            throw new IllegalArgumentException("messageId longer than " + MAX_MESSAGE_ID + " characters");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        detail = detail == null ? "" : detail;
    }

    /**
     * A REJECTED event whose detail lists each rejection's code and position, e.g.
     * {@code MISSING_SEGMENT at segment 4 (BGM); CONTROL_COUNT_MISMATCH at segment 12 (UNT), element 1}.
     * The sentences are left out: they are in the quarantine record, and the line stays short.
     *
     * @param messageId the gateway's id of the document
     * @param interchangeRef the interchange control reference, or {@code null} if not known yet
     * @param at when the document was rejected
     * @param rejections why; at least one
     * @return the event
     */
    public static TrackingEvent rejected(String messageId, String interchangeRef, Instant at,
            List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            throw new IllegalArgumentException("a rejected event needs at least one rejection");
        }
        String codes = rejections.stream()
                .map(rejection -> rejection.reason().name() + " at " + rejection.position())
                .collect(Collectors.joining("; "));
        return new TrackingEvent(messageId, interchangeRef, EventType.REJECTED, at, codes);
    }
}
