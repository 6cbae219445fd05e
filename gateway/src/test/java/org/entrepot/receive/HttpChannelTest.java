package org.entrepot.receive;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.spi.HeaderFilterStrategy;
import org.apache.camel.support.DefaultExchange;
import org.apache.camel.util.CaseInsensitiveMap;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.gateway.Broker;
import org.entrepot.gateway.Gateway;
import org.entrepot.gateway.RecordingFlow;
import org.entrepot.gateway.TestGateways;
import org.entrepot.gateway.TestHttp;
import org.entrepot.track.EventType;
import org.entrepot.track.TrackingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP channel, end to end through a real gateway on 127.0.0.1, including what a hostile client tries. */
class HttpChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final byte[] INVOICE = "UNB+UNOC:3+NORDWIND+GLOBEX+241001:1200+1'".getBytes();

    @TempDir
    Path data;

    private Gateway gateway;
    private TestHttp http;
    private String nordwind;
    private String globex;

    private RecordingFlow start(GatewayConfig config) {
        RecordingFlow flow = RecordingFlow.accepting();
        gateway = Gateway.start(config, flow);
        nordwind = gateway.apiTokens().issue("nordwind");
        globex = gateway.apiTokens().issue("globex");
        http = new TestHttp(gateway.httpPort());
        return flow;
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.stop();
        }
    }

    @Test
    void aPostIsAnswered202OnlyOnceTheDocumentIsQueued() {
        start(TestGateways.config(data, GatewaySetting.CONSUMERS, "0"));

        HttpResponse<String> response = http.post(nordwind, INVOICE);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject answer = new JsonObject(response.body());
        assertEquals("received", answer.getString("status"));
        // nothing consumes: the queue must hold it the moment the answer arrives
        assertEquals(OptionalLong.of(1), gateway.queueDepth(ReceivedMessage.QUEUE));
        TrackingEvent received = gateway.tracking().history(answer.getString("messageId")).get(0);
        assertEquals(EventType.RECEIVED, received.type());
        assertEquals("http from partner nordwind, " + INVOICE.length + " bytes", received.detail());
    }

    @Test
    void aPostedDocumentReachesTheFlowWithItsSender() {
        RecordingFlow flow = start(TestGateways.config(data));

        HttpResponse<String> response = http.post(nordwind, INVOICE);
        await().atMost(WAIT).until(() -> flow.completed().size() == 1);

        InboundDocument document = flow.completed().get(0);
        assertEquals(new JsonObject(response.body()).getString("messageId"), document.messageId());
        assertArrayEquals(INVOICE, document.content());
        assertEquals("http", document.metadata(InboundDocument.CHANNEL));
        assertEquals("nordwind", document.metadata(InboundDocument.AUTHENTICATED_PARTNER));
        assertEquals("127.0.0.1", document.metadata(InboundDocument.REMOTE_ADDRESS));
        assertEquals("application/edifact", document.metadata(InboundDocument.CONTENT_TYPE));
    }

    @Test
    void withoutAValidTokenTheAnswerIs401AndNothingIsReceived() {
        RecordingFlow flow = start(TestGateways.config(data));
        HttpRequest basic = http.request("/api/v1/documents", null)
                .header("Authorization", "Basic bm9yZHdpbmQ6c2VjcmV0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(INVOICE)).build();

        List<HttpResponse<String>> responses = List.of(http.post(null, INVOICE), http.post(nordwind + "x", INVOICE),
                http.post("", INVOICE), http.send(basic), http.history(null, "01JC0000000000000000000000"));

        for (HttpResponse<String> response : responses) {
            assertEquals(401, response.statusCode(), response.body());
            assertEquals("NOT_AUTHENTICATED", new JsonObject(response.body()).getString("code"));
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
        assertEquals(OptionalLong.of(0), gateway.queueDepth(ReceivedMessage.QUEUE));
        assertTrue(flow.deliveries().isEmpty());
    }

    @Test
    void aBodyOverTheLimitIsAnswered413AndNothingIsReceived() {
        Map<String, String> settings = TestGateways.settings(data);
        settings.put(GatewaySetting.MAX_DOCUMENT_BYTES.key(), "1KiB");
        RecordingFlow flow = start(GatewayConfig.of(settings));

        HttpResponse<String> declared = http.post(nordwind, new byte[1025]);
        // no Content-Length: the limit must hold while the body is read
        HttpResponse<String> streamed = http.post(nordwind, HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(new byte[4096])), Map.of());
        HttpResponse<String> atTheLimit = http.post(nordwind, new byte[1024]);

        for (HttpResponse<String> response : List.of(declared, streamed)) {
            assertEquals(413, response.statusCode(), response.body());
            assertEquals("DOCUMENT_TOO_LARGE", new JsonObject(response.body()).getString("code"));
        }
        assertEquals(202, atTheLimit.statusCode(), atTheLimit.body());
        await().atMost(WAIT).until(() -> flow.completed().size() == 1);
        assertEquals(1024, flow.deliveries().get(0).content().length);
        assertEquals(1, flow.deliveries().size());
    }

    @Test
    void anEmptyBodyIsAnswered400() {
        start(TestGateways.config(data));

        HttpResponse<String> response = http.post(nordwind, new byte[0]);

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("EMPTY_DOCUMENT", new JsonObject(response.body()).getString("code"));
        assertEquals(OptionalLong.of(0), gateway.queueDepth(ReceivedMessage.QUEUE));
    }

    @Test
    void camelHeadersFromOutsideNeverReachTheRoute() throws Exception {
        RecordingFlow flow = start(TestGateways.config(data));
        // Camel's default filter happens to drop these too; the gateway states its own policy rather
        // than rely on a default, and this shows the endpoints use it (the default would let this out)
        for (String routeId : List.of(HttpIntakeRoute.ROUTE_ID, HttpIntakeRoute.STATUS_ROUTE_ID)) {
            HeaderFilterStrategy policy = ((PlatformHttpEndpoint) gateway.camel().getRoute(routeId).getEndpoint())
                    .getHeaderFilterStrategy();
            assertTrue(policy.applyFilterToCamelHeaders("entrepotMessageId", "x", new DefaultExchange(gateway.camel())),
                    routeId);
        }
        List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();
        AdviceWith.adviceWith(gateway.camel(), HttpIntakeRoute.ROUTE_ID,
                route -> route.weaveAddFirst().process(exchange -> seen.add(new CaseInsensitiveMap(exchange.getMessage().getHeaders()))));

        HttpResponse<String> response = http.post(nordwind, HttpRequest.BodyPublishers.ofByteArray(INVOICE), Map.of(
                "CamelFileName", "../../etc/cron.d/evil",
                "cAmElFiLeNaMe", "../../etc/passwd",
                "CAMELJMSDESTINATIONNAME", Broker.DEAD_LETTER_QUEUE,
                "CamelHttpResponseCode", "200",
                "X-Partner-Note", "kept"));

        assertEquals(202, response.statusCode(), response.body());
        Map<String, Object> headers = seen.get(0);
        // like Camel's own header map, this one ignores case: each lookup finds any spelling
        assertNull(headers.get("CamelFileName"));
        assertNull(headers.get("CamelJmsDestinationName"));
        assertNull(headers.get("CamelHttpResponseCode"));
        assertEquals("kept", headers.get("X-Partner-Note"));
        // and the document went where documents go, not where the header pointed
        await().atMost(WAIT).until(() -> flow.completed().size() == 1);
        assertEquals(OptionalLong.of(0), gateway.queueDepth(Broker.DEAD_LETTER_QUEUE));
        assertFalse(flow.completed().get(0).metadata().containsKey(InboundDocument.FILE_NAME));
    }

    @Test
    void theAnswerEchoesNoRequestHeader() {
        start(TestGateways.config(data));

        HttpResponse<String> response = http.post(nordwind, HttpRequest.BodyPublishers.ofByteArray(INVOICE),
                Map.of("X-Trace", "abc"));

        assertEquals(202, response.statusCode());
        assertTrue(response.headers().firstValue("Authorization").isEmpty());
        assertTrue(response.headers().firstValue("X-Trace").isEmpty());
        response.headers().map().keySet().forEach(name -> assertFalse(name.toLowerCase().startsWith("entrepot"), name));
    }

    @Test
    void aPartnerSeesTheHistoryOfItsOwnDocumentsOnly() {
        RecordingFlow flow = start(TestGateways.config(data));
        String messageId = new JsonObject(http.post(nordwind, INVOICE).body()).getString("messageId");
        await().atMost(WAIT).until(() -> flow.completed().size() == 1);

        HttpResponse<String> own = http.history(nordwind, messageId);
        HttpResponse<String> others = http.history(globex, messageId);
        HttpResponse<String> unknown = http.history(nordwind, "01JC0000000000000000000000");
        HttpResponse<String> odd = http.history(nordwind, "..%2F..%2Fsecrets");

        assertEquals(200, own.statusCode(), own.body());
        JsonObject history = new JsonObject(own.body());
        assertEquals(messageId, history.getString("messageId"));
        assertEquals("RECEIVED", history.getJsonArray("events").getJsonObject(0).getString("type"));
        for (HttpResponse<String> response : List.of(others, unknown, odd)) {
            assertEquals(404, response.statusCode(), response.body());
            assertFalse(response.body().contains(messageId), response.body());
        }
        assertEquals(others.body(), unknown.body(), "another partner's document looks like no document");
    }
}
