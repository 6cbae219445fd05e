package org.entrepot.receive;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.gateway.Gateway;
import org.entrepot.gateway.ProcessingRoute;
import org.entrepot.gateway.RecordingFlow;
import org.entrepot.gateway.TestGateways;
import org.entrepot.track.EventType;
import org.entrepot.track.QuarantinedDocument;
import org.entrepot.track.TrackingEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox channel, end to end through a real gateway: broker, routes and tracking. */
class InboxChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path data;

    @Test
    void aDroppedFileReachesTheFlowWithItsBytesIntact() throws Exception {
        byte[] content = everyByteValue();
        RecordingFlow flow = RecordingFlow.accepting();
        try (Gateway gateway = Gateway.start(TestGateways.config(data), flow)) {
            Path dropped = Files.write(gateway.inbox().resolve("INV 0001.edi"), content);

            await().atMost(WAIT).until(() -> flow.completed().size() == 1);

            InboundDocument document = flow.completed().get(0);
            assertArrayEquals(content, document.content());
            assertEquals("INV 0001.edi", document.metadata(InboundDocument.FILE_NAME));
            assertEquals("inbox", document.metadata(InboundDocument.CHANNEL));
            assertTrue(Files.notExists(dropped));
            List<TrackingEvent> history = gateway.tracking().history(document.messageId());
            assertEquals(EventType.RECEIVED, history.get(0).type());
            assertEquals("inbox, 256 bytes, file \"INV 0001.edi\"", history.get(0).detail());
            Path archived = gateway.archive().find(document.messageId(), ProcessingRoute.ARCHIVE_STEP).orElseThrow();
            assertArrayEquals(content, Files.readAllBytes(archived));
        }
    }

    @Test
    void aFileLeavesTheInboxOnlyOnceTheBrokerHasIt() throws Exception {
        // no consumers: the document must wait on the queue, where the test can count it
        GatewayConfig receiveOnly = TestGateways.config(data, GatewaySetting.CONSUMERS, "0");
        try (Gateway gateway = Gateway.start(receiveOnly, RecordingFlow.accepting())) {
            Path dropped = Files.write(gateway.inbox().resolve("order.edi"), "UNB+UNOC:3".getBytes());

            await().atMost(WAIT).until(() -> Files.notExists(dropped));

            // read at once after the file went: the send came first
            assertEquals(OptionalLong.of(1), gateway.queueDepth(ReceivedMessage.QUEUE));
        }
    }

    @Test
    void whenTheBrokerCannotTakeItTheFileStays() throws Exception {
        try (Gateway gateway = Gateway.start(TestGateways.config(data), RecordingFlow.accepting())) {
            gateway.broker().stop();
            Path dropped = Files.write(gateway.inbox().resolve("order.edi"), "UNB+UNOC:3".getBytes());

            // several polls and read-lock periods long
            await().during(Duration.ofMillis(2_000)).atMost(WAIT).until(() -> Files.exists(dropped));
        }
    }

    @Test
    void temporaryAndHiddenFilesAreNeverTaken() throws Exception {
        RecordingFlow flow = RecordingFlow.accepting();
        try (Gateway gateway = Gateway.start(TestGateways.config(data), flow)) {
            Path inbox = gateway.inbox();
            List<Path> unfinished = List.of(Files.write(inbox.resolve("a.edi.tmp"), "x".getBytes()),
                    Files.write(inbox.resolve("b.edi.part"), "x".getBytes()),
                    Files.write(inbox.resolve(".c.edi"), "x".getBytes()));
            Files.write(inbox.resolve("done.edi"), "y".getBytes());

            await().atMost(WAIT).until(() -> flow.completed().size() == 1);

            assertEquals("done.edi", flow.completed().get(0).metadata(InboundDocument.FILE_NAME));
            unfinished.forEach(file -> assertTrue(Files.exists(file), file.toString()));
        }
    }

    @Test
    void aFileIsTakenOnlyAfterItStayedUnchangedForTheQuietPeriod() throws Exception {
        RecordingFlow flow = RecordingFlow.accepting();
        GatewayConfig patient = TestGateways.config(data, GatewaySetting.INBOX_QUIET_MS, "1500");
        try (Gateway gateway = Gateway.start(patient, flow)) {
            Path file = Files.write(gateway.inbox().resolve("slow.edi"), "UNB".getBytes());

            await().during(Duration.ofMillis(1_000)).atMost(WAIT).until(() -> Files.exists(file));
            await().atMost(WAIT).until(() -> flow.completed().size() == 1);
        }
    }

    @Test
    void emptyAndOversizedFilesAreQuarantinedAndNeverReachTheFlow() throws Exception {
        RecordingFlow flow = RecordingFlow.accepting();
        Map<String, String> settings = TestGateways.settings(data);
        settings.put(GatewaySetting.MAX_DOCUMENT_BYTES.key(), "1KiB");
        try (Gateway gateway = Gateway.start(GatewayConfig.of(settings), flow)) {
            Files.write(gateway.inbox().resolve("empty.edi"), new byte[0]);
            Files.write(gateway.inbox().resolve("big.edi"), new byte[1025]);

            await().atMost(WAIT).until(() -> gateway.quarantine().list().size() == 2);
            Files.write(gateway.inbox().resolve("fits.edi"), new byte[1024]);
            await().atMost(WAIT).until(() -> flow.completed().size() == 1);

            assertEquals(1, flow.deliveries().size());
            assertEquals("fits.edi", flow.completed().get(0).metadata(InboundDocument.FILE_NAME));
            Map<String, String> reasons = new TreeMap<>();
            for (QuarantinedDocument record : gateway.quarantine().list()) {
                reasons.put(record.metadata().get(InboundDocument.FILE_NAME), record.reasons().get(0).split(" ")[0]);
            }
            assertEquals(Map.of("big.edi", "DOCUMENT_TOO_LARGE", "empty.edi", "EMPTY_DOCUMENT"), reasons);
            await().atMost(WAIT).until(() -> isEmpty(gateway.inbox()));
        }
    }

    private static boolean isEmpty(Path folder) throws Exception {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static byte[] everyByteValue() {
        byte[] content = new byte[256];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        return content;
    }
}
