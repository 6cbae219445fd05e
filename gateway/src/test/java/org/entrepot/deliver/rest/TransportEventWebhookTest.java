package org.entrepot.deliver.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.entrepot.receive.InboundDocument;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The carriers' webhook on the gateway's HTTP server, handing what it takes to the intake. */
class TransportEventWebhookTest {

    private static final byte[] EVENTS = Samples.read("transport/baltica-nordwind-transport-events.xml");

    @TempDir
    static Path data;
    private static CarrierGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = CarrierGateway.recording(data, Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @BeforeEach
    void forget() {
        gateway.recorded().clear();
    }

    @Test
    void aCarriersSignedEventReportReachesTheIntakeInTheCarriersNameWithItsEventId() throws Exception {
        HttpResponse<String> answer = gateway.postEvents("evt-2026-119002.1", EVENTS);

        assertEquals(202, answer.statusCode(), answer.body());
        assertEquals(1, gateway.recorded().size());
        InboundDocument document = gateway.recorded().get(0);
        assertEquals(CarrierGateway.messageId(answer), document.messageId());
        assertTrue(answer.body().contains("\"status\":\"received\""), answer.body());
        assertArrayEquals(EVENTS, document.content());
        assertEquals("rest", document.metadata(InboundDocument.CHANNEL));
        assertEquals("baltica", document.metadata(InboundDocument.AUTHENTICATED_PARTNER));
        assertEquals("evt-2026-119002.1", document.metadata(InboundDocument.TRANSPORT_MESSAGE_ID));
        assertEquals("application/xml", document.metadata(InboundDocument.CONTENT_TYPE));
        assertEquals("127.0.0.1", document.metadata(InboundDocument.REMOTE_ADDRESS));
        assertNotNull(document.metadata(InboundDocument.RECEIVED_AT));
    }

    @Test
    void aCarrierThatDoesNotSignItsCallsIsAuthenticatedByItsTokenAlone() throws Exception {
        String token = gateway.gateway().apiTokens().issue("prairie");

        HttpResponse<String> answer = gateway.post(EVENTS, Map.of("Authorization", "Bearer " + token,
                "Content-Type", "text/xml; charset=UTF-8", "webhook-id", "prairie-0001"));

        assertEquals(202, answer.statusCode(), answer.body());
        assertEquals("prairie", gateway.recorded().get(0).metadata(InboundDocument.AUTHENTICATED_PARTNER));
    }

    @Test
    void aPartnerThatIsNoCarrierOfOursIsRefusedEvenWithAValidToken() throws Exception {
        String token = gateway.gateway().apiTokens().issue("nordwind");

        HttpResponse<String> answer = gateway.post(EVENTS, Map.of("Authorization", "Bearer " + token,
                "Content-Type", "application/xml", "webhook-id", "nordwind-1"));

        assertEquals(403, answer.statusCode());
        assertTrue(answer.body().contains("\"code\":\"NOT_AUTHENTICATED\""), answer.body());
        assertTrue(answer.body().contains("nordwind is not a carrier of this gateway"), answer.body());
        assertEquals(0, gateway.recorded().size());
    }

    @Test
    void aCallWithoutAnEventIdIsRefusedBecauseARetryCouldNotBeRecognised() throws Exception {
        HttpResponse<String> answer = gateway.post(EVENTS, Map.of("Authorization", "Bearer " + gateway.carrierToken(),
                "Content-Type", "application/xml"));

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("\"code\":\"TRANSPORT_ID_INVALID\""), answer.body());
        assertEquals(0, gateway.recorded().size());
    }

    @Test
    void jsonIsRefusedAsNotSupportedRatherThanMisread() throws Exception {
        HttpResponse<String> answer = gateway.post("{\"events\":[]}".getBytes(), Map.of("Authorization",
                "Bearer " + gateway.carrierToken(), "Content-Type", "application/json", "webhook-id", "json-1"));

        assertEquals(415, answer.statusCode());
        assertTrue(answer.body().contains("\"code\":\"UNKNOWN_SYNTAX\""), answer.body());
        assertEquals(0, gateway.recorded().size());
    }

    @Test
    void anEmptyReportIsRefused() throws Exception {
        HttpResponse<String> answer = gateway.postEvents("empty-1", new byte[0]);

        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("\"code\":\"EMPTY_DOCUMENT\""), answer.body());
    }
}
