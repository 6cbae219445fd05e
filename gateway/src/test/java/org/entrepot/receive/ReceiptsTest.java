package org.entrepot.receive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.entrepot.track.EventType;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReceiptsTest {

    private static final Instant TAKEN = Instant.parse("2026-11-22T10:15:30.000000100Z");

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
    void aDocumentsStoryStartsWithItsReceiptEvenWhenTheQueueConsumerWroteFirst() {
        // the consumer picked the document off the queue and identified it before the channel's
        // thread came back from the send to record the receipt
        store.record(new TrackingEvent("m1", "NW1", EventType.IDENTIFIED, TAKEN.plusMillis(3), "INVOIC"));
        Clock afterwards = Clock.fixed(TAKEN.plusMillis(5), ZoneOffset.UTC);

        new Receipts(store, afterwards).received(new InboundDocument("m1", new byte[12], Map.of(
                InboundDocument.CHANNEL, "inbox",
                InboundDocument.FILE_NAME, "INV-1.edi",
                InboundDocument.RECEIVED_AT, TAKEN.toString())));

        TrackingEvent first = store.history("m1").get(0);
        assertEquals(EventType.RECEIVED, first.type());
        assertEquals(TAKEN, first.at(), "dated when the channel took it");
    }

    @Test
    void aDocumentWithoutAReceiveTimeIsDatedWhenItIsRecorded() {
        Instant now = TAKEN.plusSeconds(1);
        new Receipts(store, Clock.fixed(now, ZoneOffset.UTC)).received(
                new InboundDocument("m2", new byte[1], Map.of(InboundDocument.CHANNEL, "http")));

        assertEquals(now, store.history("m2").get(0).at());
    }
}
