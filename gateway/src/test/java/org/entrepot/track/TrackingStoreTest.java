package org.entrepot.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entrepot.document.Position;
import org.entrepot.document.Reason;
import org.entrepot.document.Rejection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackingStoreTest {

    private static final Instant T0 = Instant.parse("2024-05-02T10:15:30.123456789Z");

    private TrackingStore store;

    @BeforeEach
    void openStore() {
        store = TrackingStore.inMemory(UUID.randomUUID().toString());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void everyStepOfADocumentComesBackAsItsHistory() {
        List<TrackingEvent> steps = List.of(
                event("m1", null, EventType.RECEIVED, 0, "sftp nordwind/INV0001.edi"),
                event("m1", "0001", EventType.IDENTIFIED, 1, "INVOIC D96A from nordwind to globex"),
                event("m1", "0001", EventType.CHECKED, 2, "syntax ok"),
                event("m1", "0001", EventType.DELIVERED, 3, "as2 globex"));
        store.recordAll(steps);

        assertEquals(steps, store.history("m1"), "same events, same nanosecond times, same order");
        assertEquals(List.of(), store.history("m2"));
    }

    @Test
    void theHistoryOfAnInterchangeRefIncludesWhatHappenedBeforeTheEnvelopeWasRead() {
        store.record(event("m1", null, EventType.RECEIVED, 0, "as2 from nordwind"));
        store.record(event("m1", "ICR42", EventType.IDENTIFIED, 1, "ORDERS D96A from nordwind to globex"));
        store.record(event("other", "ICR7", EventType.IDENTIFIED, 1, "unrelated"));
        // the partner resent the same interchange: a second document with the same reference
        store.record(event("m2", null, EventType.RECEIVED, 5, "as2 from nordwind"));
        store.record(event("m2", "ICR42", EventType.REJECTED, 6, "DUPLICATE"));

        List<TrackingEvent> history = store.history("ICR42");

        assertEquals(List.of("m1 RECEIVED", "m1 IDENTIFIED", "m2 RECEIVED", "m2 REJECTED"), lines(history));
    }

    @Test
    void eventsAtTheSameInstantKeepTheOrderTheyWereRecorded() {
        store.recordAll(List.of(
                event("m1", "R", EventType.TRANSLATED, 0, ""),
                event("m1", "R", EventType.SIGNED, 0, ""),
                event("m1", "R", EventType.DELIVERED, 0, "")));
        store.record(event("m1", "R", EventType.CHECKED, -1, "recorded late, happened first"));

        assertEquals(List.of("m1 CHECKED", "m1 TRANSLATED", "m1 SIGNED", "m1 DELIVERED"), lines(store.history("R")));
    }

    @Test
    void aDocumentsStatusIsItsLatestEventWithItsLatestKnownInterchangeRef() {
        store.record(event("m1", null, EventType.RECEIVED, 0, "received"));
        store.record(event("m1", "ICR9", EventType.IDENTIFIED, 1, "INVOIC D96A from nordwind to globex"));
        // the rejecting stage did not carry the reference along
        store.record(TrackingEvent.rejected("m1", null, T0.plusSeconds(2),
                List.of(Rejection.of(Reason.MISSING_SEGMENT, Position.segment(2, "BGM"), "BGM is mandatory"))));

        Optional<DocumentStatus> status = store.status("m1");

        assertEquals(Optional.of(new DocumentStatus("m1", "ICR9", EventType.REJECTED, T0.plusSeconds(2),
                "MISSING_SEGMENT at segment 2 (BGM)")), status);
        assertEquals(Optional.empty(), store.status("never-seen"));
    }

    @Test
    void recentListsEachDocumentOnceNewestActivityFirst() {
        store.recordAll(List.of(
                event("old", null, EventType.RECEIVED, 0, ""),
                event("old", "A", EventType.DELIVERED, 10, "delivered late")));
        store.recordAll(List.of(
                event("middle", null, EventType.RECEIVED, 4, ""),
                event("middle", "B", EventType.IDENTIFIED, 5, "")));
        store.record(event("first", null, EventType.RECEIVED, 1, ""));

        List<DocumentStatus> recent = store.recent(10);

        assertEquals(List.of("old DELIVERED A", "middle IDENTIFIED B", "first RECEIVED null"), recent.stream()
                .map(s -> s.messageId() + " " + s.lastEvent() + " " + s.interchangeRef())
                .collect(Collectors.toList()));
        assertEquals(List.of("old", "middle"), store.recent(2).stream().map(DocumentStatus::messageId)
                .collect(Collectors.toList()));
        assertEquals(List.of(), store.recent(0));
        assertThrows(IllegalArgumentException.class, () -> store.recent(-1));
    }

    @Test
    void partnerTextIsStoredVerbatimAndOverlongTextIsCutNotRefused() {
        String hostileRef = "R'); DROP TABLE tracking_event; --";
        String longRef = "X".repeat(300);
        store.record(event("m1", hostileRef, EventType.IDENTIFIED, 0, "it's \"quoted\"\nand broken"));
        store.record(event("m2", longRef, EventType.IDENTIFIED, 0, "d".repeat(5000)));

        assertEquals("it's \"quoted\"\nand broken", store.history(hostileRef).get(0).detail());
        TrackingEvent cut = store.history(longRef).get(0);
        assertEquals(TrackingStore.MAX_INTERCHANGE_REF, cut.interchangeRef().length());
        assertEquals(TrackingStore.MAX_DETAIL, cut.detail().length());
        assertTrue(cut.detail().endsWith("…"));
    }

    @Test
    void reopeningTheDatabaseKeepsEventsAndDoesNotMigrateTwice(@TempDir Path dataDir) throws Exception {
        try (TrackingStore first = TrackingStore.open(dataDir)) {
            first.record(event("m1", "R1", EventType.RECEIVED, 0, "kept"));
        }
        try (TrackingStore second = TrackingStore.open(dataDir)) {
            assertEquals(List.of("m1 RECEIVED"), lines(second.history("R1")));
        }
        String url = "jdbc:h2:file:" + dataDir.resolve("tracking/entrepot").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MAX(version), COUNT(*) FROM schema_version")) {
            assertTrue(rows.next());
            assertEquals(TrackingSchema.latestVersion(), rows.getInt(1));
            assertEquals(TrackingSchema.latestVersion(), rows.getInt(2), "one row per version");
        }
    }

    @Test
    void everyEventTypeFitsItsColumnAndIsRecorded() {
        for (EventType type : EventType.values()) {
            assertTrue(type.name().length() <= TrackingSchema.MAX_EVENT_TYPE, type::name);
            store.record(event("all-types", null, type, type.ordinal(), ""));
        }
        assertEquals(EventType.values().length, store.history("all-types").size());
    }

    @Test
    void aVersion1DatabaseIsMigratedAndKeepsItsEvents(@TempDir Path dataDir) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("tracking/entrepot").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            // the database as the first release left it: version 1 only, event_type VARCHAR(20)
            statement.execute("CREATE TABLE schema_version (version INT PRIMARY KEY, applied_at TIMESTAMP(9) WITH TIME ZONE NOT NULL)");
            statement.execute("INSERT INTO schema_version VALUES (1, CURRENT_TIMESTAMP)");
            statement.execute("CREATE TABLE tracking_event (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " message_id VARCHAR(" + TrackingEvent.MAX_MESSAGE_ID + ") NOT NULL, interchange_ref VARCHAR("
                    + TrackingStore.MAX_INTERCHANGE_REF + "), event_type VARCHAR(20) NOT NULL,"
                    + " occurred_at TIMESTAMP(9) WITH TIME ZONE NOT NULL, detail VARCHAR(" + TrackingStore.MAX_DETAIL + ") NOT NULL)");
            statement.execute("INSERT INTO tracking_event (message_id, interchange_ref, event_type, occurred_at, detail)"
                    + " VALUES ('old', 'R0', 'RECEIVED', CURRENT_TIMESTAMP, 'before the upgrade')");
        }
        try (TrackingStore upgraded = TrackingStore.open(dataDir)) {
            assertEquals(List.of("old RECEIVED"), lines(upgraded.history("R0")));
        }
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT CHARACTER_MAXIMUM_LENGTH, IS_NULLABLE FROM INFORMATION_SCHEMA.COLUMNS"
                        + " WHERE TABLE_NAME = 'TRACKING_EVENT' AND COLUMN_NAME = 'EVENT_TYPE'")) {
            assertTrue(rows.next());
            assertEquals(TrackingSchema.MAX_EVENT_TYPE, rows.getInt(1));
            assertEquals("NO", rows.getString(2), "still NOT NULL");
        }
    }

    @Test
    void aClosedStoreRefusesToRecord() {
        TrackingStore closed = TrackingStore.inMemory("closed");
        closed.close();

        assertThrows(IllegalStateException.class, () -> closed.record(event("m1", null, EventType.RECEIVED, 0, "")));
    }

    @Test
    void inMemoryNamesCannotCarryDatabaseSettings() {
        assertThrows(IllegalArgumentException.class, () -> TrackingStore.inMemory("x;INIT=RUNSCRIPT FROM 'evil'"));
    }

    static TrackingEvent event(String messageId, String ref, EventType type, int second, String detail) {
        return new TrackingEvent(messageId, ref, type, T0.plusSeconds(second), detail);
    }

    static List<String> lines(List<TrackingEvent> events) {
        return events.stream().map(e -> e.messageId() + " " + e.type()).collect(Collectors.toList());
    }
}
