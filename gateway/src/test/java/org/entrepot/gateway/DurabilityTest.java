package org.entrepot.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import org.entrepot.config.GatewaySetting;
import org.entrepot.receive.InboundDocument;
import org.entrepot.receive.ReceivedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the durable queue promises: a received document is processed at least once, whatever fails. */
class DurabilityTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path data;

    @Test
    void aDocumentTheFlowFailsOnIsDeliveredAgain() throws Exception {
        RecordingFlow flow = RecordingFlow.failingFirst();
        try (Gateway gateway = Gateway.start(TestGateways.config(data), flow)) {
            Files.write(gateway.inbox().resolve("order.edi"), "UNB+UNOC:3'".getBytes());

            await().atMost(WAIT).until(() -> flow.completed().size() == 1);

            assertEquals(2, flow.deliveries().size());
            InboundDocument first = flow.deliveries().get(0);
            InboundDocument again = flow.deliveries().get(1);
            assertEquals(first.messageId(), again.messageId());
            assertArrayEquals(first.content(), again.content());
            assertEquals(first.metadata(), again.metadata());
            await().atMost(WAIT).until(() -> gateway.queueDepth(ReceivedMessage.QUEUE).equals(OptionalLong.of(0)));
        }
    }

    @Test
    void aDocumentQueuedWhenTheGatewayStopsIsProcessedAfterARestart() throws Exception {
        String messageId;
        // first run: receive only, so the document is still queued when the gateway stops
        try (Gateway receiving = Gateway.start(TestGateways.config(data, GatewaySetting.CONSUMERS, "0"),
                RecordingFlow.accepting())) {
            String token = receiving.apiTokens().issue("nordwind");
            var answer = new TestHttp(receiving.httpPort()).post(token, "UNB+UNOC:3'".getBytes());
            assertEquals(202, answer.statusCode(), answer.body());
            messageId = new JsonObject(answer.body()).getString("messageId");
            assertEquals(OptionalLong.of(1), receiving.queueDepth(ReceivedMessage.QUEUE));
        }

        RecordingFlow flow = RecordingFlow.accepting();
        try (Gateway restarted = Gateway.start(TestGateways.config(data), flow)) {
            await().atMost(WAIT).until(() -> flow.completed().size() == 1);

            InboundDocument document = flow.completed().get(0);
            assertEquals(messageId, document.messageId());
            assertArrayEquals("UNB+UNOC:3'".getBytes(), document.content());
            assertEquals("nordwind", document.metadata(InboundDocument.AUTHENTICATED_PARTNER));
        }
    }

    @Test
    void aDocumentThatAlwaysFailsEndsInTheDeadLetterQueueAndTheGatewayCarriesOn() throws Exception {
        // the first document fails on every attempt (3 in the test configuration); the next is fine
        RecordingFlow flow = RecordingFlow.failing(delivery -> delivery <= 3);
        try (Gateway gateway = Gateway.start(TestGateways.config(data), flow)) {
            Files.write(gateway.inbox().resolve("poison.edi"), "poison".getBytes());

            await().atMost(WAIT).until(() -> gateway.queueDepth(Broker.DEAD_LETTER_QUEUE).equals(OptionalLong.of(1)));
            assertEquals(3, flow.deliveries().size());

            Files.write(gateway.inbox().resolve("fine.edi"), "fine".getBytes());
            await().atMost(WAIT).until(() -> flow.completed().size() == 1);

            assertEquals("fine.edi", flow.completed().get(0).metadata(InboundDocument.FILE_NAME));
            assertEquals(OptionalLong.of(1), gateway.queueDepth(Broker.DEAD_LETTER_QUEUE));
            assertEquals(OptionalLong.of(0), gateway.queueDepth(ReceivedMessage.QUEUE));
        }
    }

    @Test
    void theDeadLetterQueueSurvivesARestart() throws Exception {
        try (Gateway gateway = Gateway.start(TestGateways.config(data), RecordingFlow.failing(delivery -> true))) {
            Files.write(gateway.inbox().resolve("poison.edi"), "poison".getBytes());
            await().atMost(WAIT).until(() -> gateway.queueDepth(Broker.DEAD_LETTER_QUEUE).equals(OptionalLong.of(1)));
        }
        try (Gateway restarted = Gateway.start(TestGateways.config(data), RecordingFlow.accepting())) {
            assertEquals(OptionalLong.of(1), restarted.queueDepth(Broker.DEAD_LETTER_QUEUE));
        }
    }
}
