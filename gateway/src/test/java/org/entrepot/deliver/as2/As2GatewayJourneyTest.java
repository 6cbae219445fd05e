package org.entrepot.deliver.as2;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entrepot.deliver.Channels;
import org.entrepot.gateway.DemoCommunityGateway;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.SigningKey;
import org.entrepot.track.EventType;
import org.entrepot.track.HeldDocuments;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo community's gateway delivers Nordwind's invoice to Globex over AS2, Globex's AS2
 * server being a second Entrepot AS2 endpoint on loopback: the MDN lands in tracking and the
 * archive, a Globex that is down is retried, and a dead letter is resent.
 */
class As2GatewayJourneyTest {

    @TempDir
    Path data;

    @TempDir
    Path globexData;

    private DemoCommunityGateway community;
    private As2Endpoint globex;
    private int globexPort;

    @AfterEach
    void stop() {
        if (community != null) {
            community.close();
        }
        if (globex != null) {
            globex.close();
        }
    }

    @Test
    void anInvoiceIsDeliveredByAs2AndTheSignedMdnLandsInTrackingAndTheArchive() throws Exception {
        startGateway("sync", 5);
        startGlobex();

        community.drop("as2-sync.edi", invoice("NW000601"));
        String messageId = community.awaitReceived("as2-sync.edi");

        TrackingEvent delivered = community.awaitEvent(messageId, EventType.DELIVERED);
        assertTrue(delivered.detail().contains("MDN processed, signed, MIC"), delivered.detail());
        assertTrue(community.gateway().archive().find(messageId, "mdn-1-1").isPresent(), "the MDN is archived");
        assertEquals(1, globex.received.size());
        InboundDocument received = globex.received.get(0);
        assertTrue(new String(received.content(), StandardCharsets.UTF_8).contains("<Invoice"), "Globex gets UBL");
        assertEquals(messageId + "-1@ENTREPOT-DEMO", received.metadata(InboundDocument.TRANSPORT_MESSAGE_ID));
        assertEquals("entrepot", received.metadata(InboundDocument.AUTHENTICATED_PARTNER));
    }

    @Test
    void withAnAsyncMdnTheInvoiceIsSentFirstAndDeliveredWhenTheMdnArrives() throws Exception {
        startGateway("async", 5);
        startGlobex();

        community.drop("as2-async.edi", invoice("NW000602"));
        String messageId = community.awaitReceived("as2-async.edi");

        assertTrue(community.awaitEvent(messageId, EventType.SENT).detail().contains("asynchronous MDN expected"));
        TrackingEvent delivered = community.awaitEvent(messageId, EventType.DELIVERED);
        assertTrue(delivered.detail().contains("MDN processed, signed, MIC"), delivered.detail());
        assertTrue(community.gateway().archive().find(messageId, "mdn-1-1").isPresent(), "the MDN is archived");
        assertEquals(1, globex.received.size());
    }

    @Test
    void aGlobexThatIsDownIsRetriedAndGetsTheInvoiceExactlyOnceWhenItIsBack() throws Exception {
        startGateway("sync", 50);

        community.drop("as2-late.edi", invoice("NW000603"));
        String messageId = community.awaitReceived("as2-late.edi");
        TrackingEvent retry = community.awaitEvent(messageId, EventType.DELIVERY_RETRY);
        assertTrue(retry.detail().contains("by as2 to globex failed: UNREACHABLE"), retry.detail());
        startGlobex();

        community.awaitEvent(messageId, EventType.DELIVERED);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> globex.received.size() == 1);
        assertEquals(messageId + "-1@ENTREPOT-DEMO", globex.received.get(0).metadata(InboundDocument.TRANSPORT_MESSAGE_ID));
    }

    @Test
    void afterTheLastTryTheInvoiceIsADeadLetterAndAResendDeliversIt() throws Exception {
        startGateway("sync", 2);

        community.drop("as2-dead.edi", invoice("NW000604"));
        String messageId = community.awaitReceived("as2-dead.edi");
        TrackingEvent dead = community.awaitEvent(messageId, EventType.DEAD_LETTER);
        assertTrue(dead.detail().contains("UNREACHABLE"), dead.detail());
        startGlobex();

        assertTrue(HeldDocuments.deadLetters(data).requestResend(messageId + "-1"));
        TrackingEvent delivered;
        try {
            community.awaitEvent(messageId, EventType.RESENT);
            delivered = community.awaitEvent(messageId, EventType.DELIVERED);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("no delivery after the resend; story: "
                    + community.gateway().tracking().history(messageId), e);
        }
        assertTrue(delivered.detail().contains("MDN processed"), delivered.detail());
        assertEquals(1, globex.received.size());
    }

    private void startGateway(String mdn, int attempts) throws Exception {
        SigningKey gatewayKey = As2Endpoint.gatewayKey(data, "seller");
        SigningKey globexKey = As2Endpoint.gatewayKey(globexData, "buyer");
        As2Endpoint.trust(data, "globex-as2", globexKey.certificate());
        As2Endpoint.trust(globexData, "entrepot-gw", gatewayKey.certificate());
        globexPort = As2Endpoint.freePort();
        String partners = DemoCommunityGateway.samplePartners()
                .replace("      - { scheme: DUNS, value: \"211000002\" }\n",
                        "      - { scheme: DUNS, value: \"211000002\" }\n    channels: { as2: { url: \""
                                + As2Endpoint.url(globexPort) + "\", as2Id: GLOBEX-AS2, certificate: globex-as2, mdn: "
                                + mdn + ", encrypt: aes256-gcm, compress: \"true\", readTimeout: PT20S } }\n")
                .replaceFirst("(id: nordwind-globex-invoice\\n(?:    .*\\n)*?)    deliver: \\{ channel: directory \\}",
                        "$1    deliver: { channel: as2, retry: { attempts: " + attempts
                                + ", first: PT0.2S, max: PT0.4S, jitter: 0.1 } }");
        assertTrue(partners.contains("channel: as2, retry"), "the agreement was rerouted");
        community = DemoCommunityGateway.start(data, partners, new Channels(List.of(new As2Channel())),
                Map.of("entrepot.as2.port", "0", "entrepot.as2.id", "ENTREPOT-DEMO"));
    }

    private void startGlobex() throws Exception {
        globex = As2Endpoint.start(globexData, "GLOBEX-AS2", globexPort, As2Endpoint.partnerFile("entrepot",
                Map.of("url", "http://127.0.0.1:1/as2", "as2Id", "ENTREPOT-DEMO", "certificate", "entrepot-gw")));
    }

    private static byte[] invoice(String reference) {
        String text = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), StandardCharsets.ISO_8859_1);
        return text.replace("261120:0930+NW000417", "261120:0930+" + reference).replace("UNZ+1+NW000417'", "UNZ+1+" + reference + "'")
                .getBytes(StandardCharsets.ISO_8859_1);
    }
}
