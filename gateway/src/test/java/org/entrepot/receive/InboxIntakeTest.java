package org.entrepot.receive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.entrepot.track.EventType;
import org.entrepot.track.Quarantine;
import org.entrepot.track.QuarantinedDocument;
import org.entrepot.track.TrackingStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxIntakeTest {

    private static final int LIMIT = 16;

    @TempDir
    Path data;

    private TrackingStore tracking;
    private Quarantine quarantine;
    private InboxIntake intake;
    private Path inbox;

    @BeforeEach
    void open() throws Exception {
        tracking = TrackingStore.inMemory("inbox-intake");
        quarantine = new Quarantine(data);
        intake = new InboxIntake(data, LIMIT, quarantine, new Receipts(tracking, Clock.systemUTC()), Clock.systemUTC());
        inbox = Files.createDirectories(data.resolve("inbox"));
    }

    @AfterEach
    void close() {
        tracking.close();
    }

    @Test
    void aFileBecomesADocumentWithItsNameOnly() throws Exception {
        Path file = Files.write(inbox.resolve("INV 0001.edi"), "UNA:+.? 'UNB".getBytes());

        InboundDocument document = intake.take(file).orElseThrow();

        assertArrayEquals("UNA:+.? 'UNB".getBytes(), document.content());
        assertEquals("INV 0001.edi", document.metadata(InboundDocument.FILE_NAME));
        assertEquals("inbox", document.metadata(InboundDocument.CHANNEL));
        assertTrue(Files.exists(file), "the route deletes the file, once the broker has the document");
    }

    @Test
    void aFileAtTheLimitIsTaken() throws Exception {
        Path file = Files.write(inbox.resolve("full.edi"), new byte[LIMIT]);

        assertEquals(LIMIT, intake.take(file).orElseThrow().content().length);
    }

    @Test
    void anEmptyFileIsQuarantined() throws Exception {
        Path file = Files.write(inbox.resolve("empty.edi"), new byte[0]);

        assertEquals(Optional.empty(), intake.take(file));

        QuarantinedDocument record = quarantine.list().get(0);
        assertTrue(record.reasons().get(0).startsWith("EMPTY_DOCUMENT"), record.reasons().toString());
        assertEquals("empty.edi", record.metadata().get(InboundDocument.FILE_NAME));
        assertEquals(EventType.REJECTED, tracking.status(record.messageId()).orElseThrow().lastEvent());
    }

    @Test
    void anOversizedFileIsSetAsideUnreadAndQuarantined() throws Exception {
        byte[] content = new byte[LIMIT + 1];
        Path file = Files.write(inbox.resolve("big.edi"), content);

        assertEquals(Optional.empty(), intake.take(file));

        QuarantinedDocument record = quarantine.list().get(0);
        assertTrue(record.reasons().get(0).startsWith("DOCUMENT_TOO_LARGE"), record.reasons().toString());
        Path keptAs = data.resolve(record.metadata().get(InboxIntake.KEPT_AS));
        assertEquals(data.resolve("inbox-rejected").resolve(record.messageId() + ".bin"), keptAs);
        assertArrayEquals(content, Files.readAllBytes(keptAs));
        assertFalse(Files.exists(file));
        assertEquals(List.of(), List.of(inbox.toFile().list()));
    }

    @Test
    void theLimitHoldsWhileReadingNotJustBefore() throws Exception {
        Path file = Files.write(inbox.resolve("growing.edi"), new byte[LIMIT * 4]);

        assertNull(InboxIntake.readAtMost(file, LIMIT));
        assertEquals(LIMIT * 4, InboxIntake.readAtMost(file, LIMIT * 4).length);
    }
}
