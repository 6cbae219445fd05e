package org.entrepot.deliver.soap;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entrepot.cli.Entrepot;
import org.entrepot.deliver.Channels;
import org.entrepot.gateway.DemoCommunityGateway;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.sign.DemoPki;
import org.entrepot.track.EventType;
import org.entrepot.track.HeldDocuments;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The customs round through a real gateway with its SOAP channel: Hanse Zollservice's CUSDEC
 * reaches Hauptzollamt Hamburg's service as a signed SOAP call, and the office's signed answer
 * comes back to the broker as a CUSRES with the MRN, both stories in tracking. Then the office's
 * service is down: the declaration is retried and registered once when it is back; or it stays
 * down past the last try, waits as a dead letter, and a resend from the command line delivers it.
 */
class SoapJourneyTest {

    private static final String FAST_RETRY = "first: PT0.2S, max: PT1S, jitter: 0.1";

    @TempDir
    Path data;

    private DemoCommunityGateway community;
    private TestCustomsService customs;

    @AfterEach
    void stop() {
        if (community != null) {
            community.close();
        }
        if (customs != null) {
            customs.close();
        }
    }

    @Test
    void theBrokersCusdecGoesToCustomsBySoapAndTheMrnComesBackAsCusres() throws Exception {
        int port = freePort();
        DemoPki pki = demoPki();
        customs = startCustoms(pki, port);
        community = start(port, 20);

        community.drop("hanse-417.edi", Samples.read("customs/hanse-zoll-cusdec-d96a.edi"));
        String declaration = community.awaitReceived("hanse-417.edi");
        TrackingEvent delivered = community.awaitEvent(declaration, EventType.DELIVERED);

        assertTrue(delivered.detail().matches("soap to zoll-hamburg: customs ACC, MRN \\d{2}DE\\d{12}A for HZS-2026-000417"),
                delivered.detail());
        String mrn = delivered.detail().replaceAll(".*MRN (\\S+) .*", "$1");
        String answer = community.awaitReceived("customs-response-" + declaration + "-1.xml");
        TrackingEvent received = community.gateway().tracking().history(answer).get(0);
        assertTrue(received.detail().startsWith("soap from partner zoll-hamburg"), received.detail());
        assertEquals(EventType.DELIVERED, community.awaitEvent(answer, EventType.DELIVERED).type());
        String cusres = Files.readString(community.config().outboxDir().resolve("hanse-zoll").resolve(answer + "-1.edi"),
                StandardCharsets.ISO_8859_1);
        assertTrue(cusres.contains("UNH+1+CUSRES:D:96A:UN'"), cusres);
        assertTrue(cusres.contains("RFF+ABT:" + mrn + "'"), "the MRN reaches the broker: " + cusres);
        assertTrue(cusres.contains("RFF+ABO:HZS-2026-000417'"), cusres);
        assertTrue(community.gateway().archive().find(declaration, "soap-response-1-1").isPresent(),
                "the signed SOAP answer is archived with the declaration");
        assertEquals(1, customs.registry().declarations());
    }

    @Test
    void customsDownIsRetriedAndTheDeclarationIsRegisteredOnceWhenItIsBack() throws Exception {
        int port = freePort();
        DemoPki pki = demoPki();
        community = start(port, 60);

        community.drop("hanse-417.edi", Samples.read("customs/hanse-zoll-cusdec-d96a.edi"));
        String declaration = community.awaitReceived("hanse-417.edi");
        TrackingEvent retry = community.awaitEvent(declaration, EventType.DELIVERY_RETRY);
        assertTrue(retry.detail().contains("by soap to zoll-hamburg failed: UNREACHABLE"), retry.detail());
        customs = startCustoms(pki, port);

        TrackingEvent delivered = community.awaitEvent(declaration, EventType.DELIVERED);
        assertTrue(delivered.detail().contains("customs ACC, MRN"), delivered.detail());
        String answer = community.awaitReceived("customs-response-" + declaration + "-1.xml");
        community.awaitEvent(answer, EventType.DELIVERED);
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertEquals(1, customs.registry().declarations(), "exactly once");
        assertEquals(List.of(declaration + "-1"), List.copyOf(customs.registry().transmissions()));
        assertEquals(1, cusresFiles().size(), "the broker gets one CUSRES");
    }

    @Test
    void customsDownPastTheLastTryLeavesADeadLetterThatAResendDelivers() throws Exception {
        int port = freePort();
        DemoPki pki = demoPki();
        community = start(port, 3);

        community.drop("hanse-417.edi", Samples.read("customs/hanse-zoll-cusdec-d96a.edi"));
        String declaration = community.awaitReceived("hanse-417.edi");
        TrackingEvent dead = community.awaitEvent(declaration, EventType.DEAD_LETTER);
        String transmission = declaration + "-1";
        assertTrue(dead.detail().startsWith("try 3 of 3 by soap to zoll-hamburg failed: UNREACHABLE"), dead.detail());
        assertTrue(HeldDocuments.deadLetters(data).get(transmission).isPresent());

        customs = startCustoms(pki, port);
        int exit = new CommandLine(new Entrepot()).execute("deliveries", "resend", transmission, "--data", data.toString());
        assertEquals(0, exit);

        community.awaitEvent(declaration, EventType.RESENT);
        TrackingEvent delivered = community.awaitEvent(declaration, EventType.DELIVERED);
        assertTrue(delivered.detail().contains("customs ACC, MRN"), delivered.detail());
        community.awaitEvent(community.awaitReceived("customs-response-" + transmission + ".xml"), EventType.DELIVERED);
        assertEquals(1, customs.registry().declarations());
        assertTrue(HeldDocuments.deadLetters(data).list().isEmpty());
    }

    @Test
    void aDeclarationTheBrokerSubmitsBySoapGoesToCustomsBySoapAndTheAnswerBackAsCusres() throws Exception {
        int port = freePort();
        DemoPki pki = demoPki();
        customs = startCustoms(pki, port);
        SoapChannel channel = new SoapChannel();
        community = start(port, 20, channel);

        byte[] envelope = BrokerEnvelopes.signed(SoapFixture.declaration(), "HZS-SOAP-0417",
                pki.partnerKey(SoapFixture.BROKER).orElseThrow());
        java.net.http.HttpResponse<String> submitted = BrokerEnvelopes.post(channel.submissionAddress(), envelope);

        assertEquals(200, submitted.statusCode(), submitted.body());
        String declaration = submitted.body().replaceAll("(?s).*<MessageID>([^<]+)</MessageID>.*", "$1");
        TrackingEvent received = community.gateway().tracking().history(declaration).get(0);
        assertTrue(received.detail().startsWith("soap from partner hanse-zoll"), received.detail());
        TrackingEvent delivered = community.awaitEvent(declaration, EventType.DELIVERED);
        assertTrue(delivered.detail().contains("customs ACC, MRN"), delivered.detail());
        String answer = community.awaitReceived("customs-response-" + declaration + "-1.xml");
        community.awaitEvent(answer, EventType.DELIVERED);
        String mrn = delivered.detail().replaceAll(".*MRN (\\S+) .*", "$1");
        String cusres = Files.readString(community.config().outboxDir().resolve("hanse-zoll").resolve(answer + "-1.edi"),
                StandardCharsets.ISO_8859_1);
        assertTrue(cusres.contains("RFF+ABT:" + mrn + "'"), cusres);

        java.net.http.HttpResponse<String> again = BrokerEnvelopes.post(channel.submissionAddress(),
                BrokerEnvelopes.signed(SoapFixture.declaration(), "HZS-SOAP-0417", pki.partnerKey(SoapFixture.BROKER).orElseThrow()));
        assertEquals(200, again.statusCode(), "a fresh signature on a resent transmission passes WS-Security");
        String resent = again.body().replaceAll("(?s).*<MessageID>([^<]+)</MessageID>.*", "$1");
        TrackingEvent refused = community.awaitEvent(resent, EventType.REJECTED);
        assertTrue(refused.detail().contains("DUPLICATE_INTERCHANGE"), "the pipeline's register knows the transmission id: "
                + refused.detail());
        assertEquals(1, customs.registry().declarations());
    }

    private DemoCommunityGateway start(int customsPort, int attempts) throws Exception {
        return start(customsPort, attempts, new SoapChannel());
    }

    private DemoCommunityGateway start(int customsPort, int attempts, SoapChannel channel) throws Exception {
        String url = "http://127.0.0.1:" + customsPort + "/customs/declarations";
        String partners = DemoCommunityGateway.samplePartners()
                .replace("      - { scheme: MUTUAL, value: \"DE004851\" }\n",
                        "      - { scheme: MUTUAL, value: \"DE004851\" }\n    channels: { soap: { url: \"" + url
                                + "\", connectTimeout: PT2S, readTimeout: PT30S } }\n")
                .replaceFirst("(id: hanse-zoll-declaration\\n(?:    .*\\n)*?)    deliver: \\{ channel: directory \\}",
                        "$1    deliver: { channel: soap, retry: { attempts: " + attempts + ", " + FAST_RETRY + " } }");
        assertTrue(partners.contains("channel: soap, retry"), "the declaration agreement was rerouted");
        return DemoCommunityGateway.start(data, partners, new Channels(List.of(channel)),
                Map.of("entrepot.soap.port", "0"));
    }

    private DemoPki demoPki() throws IOException {
        PartnerDirectory partners = PartnerDirectory.load(Samples.repository().resolve("samples/partners.yaml"));
        return DemoPki.ensure(data.resolve("pki"), partners.partners().stream().map(Partner::id).toList());
    }

    private static TestCustomsService startCustoms(DemoPki pki, int port) {
        return TestCustomsService.start(port, pki.partnerKey(SoapFixture.CUSTOMS).orElseThrow(),
                pki.gatewayKey().certificate(), pki.trustAnchors());
    }

    private List<Path> cusresFiles() throws IOException {
        try (var files = Files.list(community.config().outboxDir().resolve("hanse-zoll"))) {
            return files.filter(p -> p.toString().endsWith(".edi")).toList();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
