package org.entrepot.document;

import java.util.Objects;

/** One reason a document was not accepted: a coded reason, where it happened, and a sentence. */
public record Rejection(Reason reason, Position position, String message) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        position = position == null ? Position.NONE : position;
        message = message == null ? reason.description() : message;
    }

    public static Rejection of(Reason reason, Position position, String message) {
        return new Rejection(reason, position, message);
    }

    public static Rejection of(Reason reason, String message) {
        return new Rejection(reason, Position.NONE, message);
    }

    /** One line for logs, tracking and the CLI: {@code UNT_COUNT_MISMATCH at segment 12 (UNT), element 1: ...}. */
    @Override
    public String toString() {
        return reason.name() + " at " + position + ": " + message;
    }
}
