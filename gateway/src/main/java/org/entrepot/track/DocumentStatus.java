package org.entrepot.track;

import java.time.Instant;

/**
 * Where one document stands: its latest tracking event.
 *
 * @param messageId the gateway's id of the document
 * @param interchangeRef the latest known interchange control reference, or {@code null} when the
 *     document was never identified
 * @param lastEvent the type of the latest event
 * @param lastAt when the latest event happened
 * @param detail the latest event's detail line
 */
public record DocumentStatus(String messageId, String interchangeRef, EventType lastEvent, Instant lastAt,
        String detail) {
}
