package org.entrepot.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.junit.jupiter.api.Test;

class TrackingEventTest {

    private static final Instant AT = Instant.parse("2024-05-02T10:15:30Z");

    @Test
    void aRejectedEventListsEachCodeWithItsPosition() {
        TrackingEvent event = TrackingEvent.rejected("m1", "ICR1", AT, List.of(
                Rejection.of(Reason.MISSING_SEGMENT, Position.segment(2, "BGM"), "BGM is mandatory"),
                Rejection.of(Reason.CONTROL_COUNT_MISMATCH, Position.element(12, "UNT", 1, 0), "UNT says 11"),
                Rejection.of(Reason.UNKNOWN_PARTNER, "nobody knows ACME")));

        assertEquals(EventType.REJECTED, event.type());
        assertEquals("MISSING_SEGMENT at segment 2 (BGM); CONTROL_COUNT_MISMATCH at segment 12 (UNT), element 1;"
                + " UNKNOWN_PARTNER at -", event.detail());
    }

    @Test
    void anIncompleteEventIsRefusedWhereItIsMade() {
        assertThrows(NullPointerException.class, () -> new TrackingEvent(null, null, EventType.RECEIVED, AT, ""));
        assertThrows(IllegalArgumentException.class, () -> new TrackingEvent(" ", null, EventType.RECEIVED, AT, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new TrackingEvent("m".repeat(101), null, EventType.RECEIVED, AT, ""));
        assertThrows(NullPointerException.class, () -> new TrackingEvent("m1", null, null, AT, ""));
        assertThrows(NullPointerException.class, () -> new TrackingEvent("m1", null, EventType.RECEIVED, null, ""));
        assertThrows(IllegalArgumentException.class, () -> TrackingEvent.rejected("m1", null, AT, List.of()));
        assertEquals("", new TrackingEvent("m1", null, EventType.RECEIVED, AT, null).detail());
    }
}
