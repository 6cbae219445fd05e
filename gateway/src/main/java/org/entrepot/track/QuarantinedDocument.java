package org.entrepot.track;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A rejected document as the quarantine keeps it (its bytes are read separately with
 * {@link Quarantine#content(String)}).
 *
 * @param messageId the gateway's id of the document
 * @param at when it was quarantined
 * @param metadata channel metadata (file name, remote address, …), sorted by key; values are
 *     exactly what the channel gave, including any line breaks
 * @param reasons one line per rejection: {@code CODE at position: message}
 */
public record QuarantinedDocument(String messageId, Instant at, Map<String, String> metadata, List<String> reasons) {

    /** Copies the collections so a caller cannot change a record after the fact. */
    public QuarantinedDocument {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(at, "at");
        metadata = Collections.unmodifiableMap(new TreeMap<>(metadata));
        reasons = List.copyOf(reasons);
    }
}
