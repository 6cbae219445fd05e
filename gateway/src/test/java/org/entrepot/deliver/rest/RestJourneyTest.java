package org.entrepot.deliver.rest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.cli.Entrepot;
import org.entrepot.document.Outcome;
import org.entrepot.sign.CmsVerifier;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.PartnerCertificateStore;
import org.entrepot.sign.SignatureCheck;
import org.entrepot.track.EventType;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shippers, Baltica's API and the gateway over real sockets: shipping instructions go to the
 * carrier's HTTPS API with mutual TLS, the carrier's transport events come back on the webhook and
 * reach the shipper as IFTSTA, and a carrier that is down gets the instruction once it is back.
 */
class RestJourneyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final String FAST = "first: PT0.2S, max: PT1S, jitter: 0.1";

    @TempDir
    Path data;

    private ServerCertificates balticaServer;
    private TestCarrierApi baltica;
    private CarrierGateway community;

    @AfterEach
    void stop() throws Exception {
        if (community != null) {
            community.close();
        }
        if (baltica != null) {
            baltica.close();
        }
    }

    @Test
    void nordwindsIftminReachesBalticasApiAndBalticasEventsReachNordwindAsIftsta() throws Exception {
        start(8);

        community.drop("nordwind-si.edi", Samples.read("shipping/nordwind-baltica-iftmin-d96a.edi"));
        String messageId = community.awaitReceived("nordwind-si.edi");
        await().atMost(PATIENCE).until(() -> delivered(messageId).size() == 2);

        List<TrackingEvent> delivered = delivered(messageId);
        for (TrackingEvent event : delivered) {
            assertTrue(event.detail().matches("rest to baltica: rest POST " + baltica.url().replace(".", "\\.")
                    + " → 201, carrier reference BLTSI100[12]"), event.detail());
        }
        var schema = new ClasspathSchemas().schema("schemas/entrepot/transport/shipping-instruction-1.xsd");
        assertEquals(2, baltica.received().size());
        for (int output = 1; output <= 2; output++) {
            String key = messageId + "-" + output;
            TestCarrierApi.Received request = baltica.received().stream()
                    .filter(r -> key.equals(r.header("Idempotency-Key"))).findFirst().orElseThrow();
            assertEquals(List.of(), XmlSchemaCheck.validate(request.body(), schema));
            assertTrue(new String(request.body(), StandardCharsets.UTF_8).contains(
                    "<ShippingInstructionReference>NWH-SI-2026-031" + output + "</ShippingInstructionReference>"));
            assertEquals("CN=gateway TLS client,O=Entrepot demo PKI", request.clientSubject());
            Outcome<SignatureCheck> signature = new CmsVerifier().verifyDetached(request.body(),
                    Base64.getDecoder().decode(request.header(RestChannel.SIGNATURE_HEADER)),
                    DemoPki.ensure(community.config().dataDir().resolve("pki"), List.of()).trustAnchors());
            assertTrue(signature.isAccepted(), signature::toString);
            assertTrue(community.gateway().archive().find(messageId, "rest-response-" + output + "-1").isPresent(),
                    "the carrier's answer is archived with the document");
        }

        HttpResponse<String> accepted = community.postEvents("evt-BLT-ST-2026-119002",
                Samples.read("transport/baltica-nordwind-transport-events.xml"));
        assertEquals(202, accepted.statusCode(), accepted.body());
        String eventsId = CarrierGateway.messageId(accepted);
        assertEquals(EventType.DELIVERED, community.awaitOutcome(eventsId).lastEvent());
        List<TrackingEvent> story = community.gateway().tracking().history(eventsId);
        assertTrue(story.get(0).detail().startsWith("rest from partner baltica, "), story.get(0).detail());
        Path iftsta = community.config().outboxDir().resolve("nordwind").resolve(eventsId + "-1.edi");
        String text = Files.readString(iftsta, StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("UNH+1+IFTSTA:D:96A:UN"), text);
        assertTrue(text.contains("EQD+CN+MSKU1234565"), text);
        assertTrue(Files.exists(iftsta.resolveSibling(iftsta.getFileName() + ".p7s")), "signed for Nordwind");
    }

    @Test
    void aCarrierThatIsDownIsRetriedAndBooksTheInstructionExactlyOnceWhenItIsBack() throws Exception {
        start(50);
        baltica.down();

        community.drop("meridian-si.xml", Samples.read("shipping/meridian-baltica-shipping-instruction.xml"));
        String messageId = community.awaitReceived("meridian-si.xml");
        TrackingEvent retry = community.awaitEvent(messageId, EventType.DELIVERY_RETRY);
        assertTrue(retry.detail().startsWith("try 1 of 50 by rest to baltica failed: UNREACHABLE: rest POST "
                + baltica.url() + ": connection refused"), retry.detail());
        baltica.up();

        TrackingEvent delivered = community.awaitEvent(messageId, EventType.DELIVERED);
        assertTrue(delivered.detail().startsWith("rest to baltica: rest POST " + baltica.url() + " → 201"), delivered.detail());
        await().pollDelay(Duration.ofMillis(1500)).atMost(PATIENCE).until(() -> true); // a stale retry would come within max
        assertEquals(1, baltica.received().size(), "exactly once");
        assertEquals(1, baltica.booked());
        assertEquals(messageId + "-1", baltica.received().get(0).header("Idempotency-Key"));
    }

    @Test
    void afterTheLastTryTheInstructionIsADeadLetterAndEntrepotDeliveriesResendDeliversIt() throws Exception {
        start(3);
        baltica.down();

        community.drop("meridian-si.xml", Samples.read("shipping/meridian-baltica-shipping-instruction.xml"));
        String messageId = community.awaitReceived("meridian-si.xml");
        TrackingEvent dead = community.awaitEvent(messageId, EventType.DEAD_LETTER);
        String transmission = messageId + "-1";
        assertTrue(dead.detail().startsWith("try 3 of 3 by rest to baltica failed: UNREACHABLE"), dead.detail());
        assertTrue(dead.detail().contains("entrepot deliveries resend " + transmission), dead.detail());
        assertTrue(baltica.received().isEmpty());

        baltica.up();
        assertEquals(0, Entrepot.run("deliveries", "resend", transmission, "--data",
                community.config().dataDir().toString()));

        community.awaitEvent(messageId, EventType.RESENT);
        TrackingEvent delivered = community.awaitEvent(messageId, EventType.DELIVERED);
        assertTrue(delivered.detail().endsWith("carrier reference BLTSI1001"), delivered.detail());
        assertEquals(1, baltica.booked());
        assertEquals(transmission, baltica.received().get(0).header("Idempotency-Key"));
        assertFalse(Files.exists(community.config().outboxDir().resolve("baltica").resolve(transmission + ".xml")),
                "delivered over REST, not to a folder");
    }

    /** Baltica's API (mutual TLS, its server certificate registered) and the gateway that sends to it. */
    private void start(int attempts) throws Exception {
        balticaServer = ServerCertificates.forLoopback("Baltica Container Line");
        Path pki = data.resolve("gateway").resolve("pki");
        DemoPki demo = DemoPki.ensure(pki, List.of());
        PartnerCertificateStore store = DemoPki.partnerCertificateStore(pki);
        store.put("baltica-api", balticaServer.certificate());
        DemoPki.save(pki, store);
        baltica = TestCarrierApi.start(balticaServer, demo.caCertificate(), null);
        community = CarrierGateway.shippingOverRest(data,
                "{ url: \"" + baltica.url() + "\", auth: mtls, serverCertificate: baltica-api, webhookSignature: \"true\","
                        + " connectTimeout: PT2S, readTimeout: PT10S }",
                "{ channel: rest, retry: { attempts: " + attempts + ", " + FAST + " } }",
                dataDir -> { });
    }

    private List<TrackingEvent> delivered(String messageId) {
        return community.gateway().tracking().history(messageId).stream()
                .filter(e -> e.messageId().equals(messageId) && e.type() == EventType.DELIVERED).toList();
    }
}
