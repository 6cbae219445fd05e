package org.entrepot.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.deliver.ReplyDelivery;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.track.AcknowledgementWatch;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acknowledgements through the running gateway, both ways: the sender hears what the check found
 * (CONTRL) and why the application refused (APERAK), a resend gets the earlier answer again, a
 * receiver's 997 is reconciled into tracking, and a missing one raises the overdue alert.
 */
class AcknowledgementJourneyTest {

    private static final String PARTNERS = """
            partners:
              - { id: nordwind, name: Nordwind Handel GmbH, identifiers: [ { scheme: GLN, value: "4012345000009" } ], http: true }
              - { id: globex, name: Globex Retail Ltd, identifiers: [ { scheme: GLN, value: "5012345000008" } ] }
              - { id: meridian, name: Meridian Foods B.V., identifiers: [ { scheme: GLN, value: "8712345000004" } ] }
              - { id: atlas, name: Atlas Hardware Inc., identifiers: [ { scheme: DUNS, value: "987654321" } ] }
            agreements:
              - id: nordwind-globex-invoice
                sender: nordwind
                receiver: globex
                document: INVOICE
                deliverAs: ubl
                sign: false
                acknowledge: { send: contrl, duplicates: repeat-ack }
              - id: nordwind-meridian-invoice
                sender: nordwind
                receiver: meridian
                document: INVOICE
                deliverAs: entrepot
                sign: false
                acknowledge: { send: contrl, aperak: true }
              - id: nordwind-atlas-invoice
                sender: nordwind
                receiver: atlas
                document: INVOICE
                deliverAs: x12
                sign: false
                acknowledge: { send: none, expectWithin: PT8S }
            """;

    @TempDir
    Path data;
    private MappingCatalog mappings;
    private Gateway gateway;
    private GatewayConfig config;

    @BeforeEach
    void start() throws Exception {
        Path partners = data.resolve("partners.yaml");
        Files.writeString(partners, PARTNERS);
        Map<String, String> settings = TestGateways.settings(data);
        settings.put(GatewaySetting.PARTNERS_FILE.key(), partners.toString());
        settings.put(GatewaySetting.ACK_WATCH_MS.key(), "200");
        config = GatewayConfig.of(settings);
        mappings = Samples.mappings();
        PartnerDirectory directory = PartnerDirectory.load(config.partnersFile());
        Function<Evidence, DocumentFlow> flow = evidence -> DocumentPipeline.standard(config.dataDir(),
                config.outboxDir(), directory, mappings, evidence);
        gateway = Gateway.start(config, flow);
    }

    @AfterEach
    void stop() {
        gateway.stop();
        mappings.close();
    }

    @Test
    void aValidInvoicIsAcknowledgedToNordwindWithAContrlThatAcceptsItsMessage() throws Exception {
        String messageId = drop("invoic.edi", invoic("5012345000008:14", "NW000417"));

        awaitLast(messageId, EventType.DELIVERED);
        List<String> contrl = segments(onlyAcknowledgement("nordwind"));
        assertTrue(contrl.get(1).startsWith("UNB+UNOC:3+5012345000008:14+4012345000009:14+"), contrl.get(1));
        assertTrue(contrl.get(2).startsWith("UNH+1+CONTRL:"), contrl.get(2));
        assertEquals("UCI+NW000417+4012345000009:14+5012345000008:14+7", contrl.get(3));
        assertEquals("UCM+1+INVOIC:D:96A:UN:EAN008+7", contrl.get(4));
        assertEquals("UNT+4+1", contrl.get(5));
        assertEquals(List.of(EventType.RECEIVED, EventType.IDENTIFIED, EventType.CHECKED, EventType.ACK_SENT,
                EventType.TRANSLATED, EventType.DELIVERED), types(messageId));
    }

    @Test
    void aBrokenInvoicIsRejectedToNordwindWithTheCountErrorOfItsMessage() throws Exception {
        String broken = new String(invoic("5012345000008:14", "NW000418"), StandardCharsets.ISO_8859_1)
                .replace("UNT+65+1'", "UNT+9+1'");
        String messageId = drop("broken.edi", broken.getBytes(StandardCharsets.ISO_8859_1));

        awaitLast(messageId, EventType.REJECTED);
        List<String> contrl = segments(onlyAcknowledgement("nordwind"));
        // ISO 9735: the interchange is acknowledged (7), its message rejected (4) for a wrong count (29) in UNT
        assertEquals("UCI+NW000418+4012345000009:14+5012345000008:14+7", contrl.get(3));
        assertTrue(contrl.get(4).startsWith("UCM+1+INVOIC:D:96A:UN:EAN008+4+29"), contrl.get(4));
        assertTrue(gateway.quarantine().get(messageId).isPresent());
    }

    @Test
    void aResentInterchangeGetsTheEarlierContrlAgainAndIsNotDeliveredTwice() throws Exception {
        String first = drop("first.edi", invoic("5012345000008:14", "NW000419"));
        awaitLast(first, EventType.DELIVERED);
        String second = drop("again.edi", invoic("5012345000008:14", "NW000419"));

        awaitLast(second, EventType.DUPLICATE);
        Path acknowledgements = config.outboxDir().resolve("nordwind").resolve(ReplyDelivery.FOLDER);
        byte[] original = Files.readAllBytes(acknowledgements.resolve(first + "-contrl.edi"));
        byte[] repeated = Files.readAllBytes(acknowledgements.resolve(second + "-contrl.edi"));
        assertEquals(new String(original, StandardCharsets.ISO_8859_1), new String(repeated, StandardCharsets.ISO_8859_1),
                "the sender hears exactly what it heard the first time");
        try (Stream<Path> delivered = Files.list(config.outboxDir().resolve("globex"))) {
            assertEquals(1, delivered.filter(p -> p.toString().endsWith(".xml")).count(), "delivered once");
        }
        assertFalse(gateway.quarantine().get(second).isPresent(), "a repeated answer is not a refusal");
    }

    @Test
    void anInvoicNoMappingCanDeliverGetsAnAperakNamingTheErrorAfterItsContrl() throws Exception {
        String messageId = drop("to-meridian.edi", invoic("8712345000004:14", "NW000420"));

        awaitLast(messageId, EventType.REJECTED);
        Path folder = config.outboxDir().resolve("nordwind").resolve(ReplyDelivery.FOLDER);
        List<String> aperak = segments(Files.readAllBytes(folder.resolve(messageId + "-aperak.edi")));
        assertTrue(aperak.contains("UNH+1+APERAK:D:96A:UN"), aperak.toString());
        assertTrue(aperak.contains("RFF+ACW:1"), aperak.toString());
        assertTrue(aperak.contains("NAD+MS+4012345000009::9"), aperak.toString());
        assertTrue(aperak.contains("ERC+NOMAP:ZZZ:ZZZ"), aperak.toString());
        assertTrue(aperak.stream().anyMatch(s -> s.startsWith("FTX+AAO+++no mapping from edifact INVOIC")), aperak.toString());
        List<String> contrl = segments(Files.readAllBytes(folder.resolve(messageId + "-contrl.edi")));
        assertTrue(contrl.get(3).endsWith("+7"), "the syntax was fine: " + contrl.get(3));
    }

    @Test
    void atlasAcknowledgingOurX12InvoiceMarksItAcceptedAndAnUnansweredOneRaisesTheOverdueAlert() throws Exception {
        String answered = drop("answered.edi", invoic("987654321:16", "NW000421"));
        awaitLast(answered, EventType.DELIVERED);
        String control = isa13(Files.readAllBytes(config.outboxDir().resolve("atlas").resolve(answered + "-1.x12")));
        String ack = drop("997.x12", functionalAck(control).getBytes(StandardCharsets.US_ASCII));

        await().atMost(Duration.ofSeconds(90)).until(() -> types(answered).contains(EventType.ACK_RECEIVED));
        TrackingEvent received = gateway.tracking().history(answered).stream()
                .filter(e -> e.type() == EventType.ACK_RECEIVED).findFirst().orElseThrow();
        assertTrue(received.detail().startsWith("ACCEPTED by atlas"), received.detail());
        assertTrue(types(ack).contains(EventType.ACK_RECEIVED), "the 997's own story says what it answered");

        String unanswered = drop("unanswered.edi", invoic("987654321:16", "NW000422"));
        await().atMost(Duration.ofSeconds(120)).until(() -> types(unanswered).contains(EventType.ACK_OVERDUE));
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.metrics().count(AcknowledgementWatch.METRIC, "partner", "atlas") > 0);
        assertEquals(1.0, gateway.metrics().count(AcknowledgementWatch.METRIC, "partner", "atlas"),
                "one overdue acknowledgement counted: the answered interchange is not overdue");
        assertFalse(types(answered).contains(EventType.ACK_OVERDUE));
    }

    @Test
    void overHttpTheContrlIsFetchedBesideTheStatusAndARetriedMessageIdIsARepeat() throws Exception {
        String token = gateway.apiTokens().issue("nordwind");
        TestHttp http = new TestHttp(gateway.httpPort());
        String first = messageId(http.post(token, java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                invoic("5012345000008:14", "NW000423")), Map.of("Message-ID", "<nw-2026-11-22-0001@nordwind.example>")));
        awaitLast(first, EventType.DELIVERED);

        java.net.http.HttpResponse<String> acknowledgements = http.send(http.request(
                "/api/v1/documents/" + first + "/acknowledgements", token).GET().build());
        assertEquals(200, acknowledgements.statusCode(), acknowledgements.body());
        io.vertx.core.json.JsonArray list = new io.vertx.core.json.JsonObject(acknowledgements.body()).getJsonArray("acknowledgements");
        assertEquals("CONTRL", list.getJsonObject(0).getString("type"));
        assertTrue(list.getJsonObject(0).getString("content").contains("UCI+NW000423+4012345000009:14+5012345000008:14+7"));

        // the client retries the transmission; its document even carries a new interchange reference
        String retry = messageId(http.post(token, java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                invoic("5012345000008:14", "NW000424")), Map.of("Message-ID", "<nw-2026-11-22-0001@nordwind.example>")));
        awaitLast(retry, EventType.DUPLICATE);
        TrackingEvent duplicate = gateway.tracking().history(retry).stream()
                .filter(e -> e.type() == EventType.DUPLICATE).findFirst().orElseThrow();
        assertTrue(duplicate.detail().startsWith("transmission nw-2026-11-22-0001@nordwind.example from nordwind was already"
                + " received as message " + first), duplicate.detail());
    }

    private static String messageId(java.net.http.HttpResponse<String> response) {
        assertEquals(202, response.statusCode(), response.body());
        return new io.vertx.core.json.JsonObject(response.body()).getString("messageId");
    }

    private static byte[] invoic(String receiver, String reference) {
        String text = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), StandardCharsets.ISO_8859_1);
        return text.replace("5012345000008:14+261120:0930+NW000417", receiver + "+261120:0930+" + reference)
                .replace("UNZ+1+NW000417'", "UNZ+1+" + reference + "'")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String functionalAck(String control) {
        String group = control.replaceFirst("^0+(?=.)", "");
        return "ISA*00*          *00*          *01*987654321      *14*4012345000009  *261122*1200*U*00401*000000731*0*P*>~\n"
                + "GS*FA*987654321*4012345000009*20261122*1200*731*X*004010~\n"
                + "ST*997*0001~\n"
                + "AK1*IN*" + group + "~\n"
                + "AK9*A*1*1*1~\n"
                + "SE*4*0001~\n"
                + "GE*1*731~\n"
                + "IEA*1*000000731~\n";
    }

    private static String isa13(byte[] x12) {
        return new String(x12, StandardCharsets.US_ASCII).split("\\*")[13];
    }

    private String drop(String name, byte[] content) throws Exception {
        Path part = gateway.inbox().resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, gateway.inbox().resolve(name));
        return await().atMost(Duration.ofSeconds(90)).until(() -> receivedAs(name), Optional::isPresent).orElseThrow();
    }

    private Optional<String> receivedAs(String fileName) {
        return gateway.tracking().recent(100).stream().map(DocumentStatus::messageId)
                .filter(id -> gateway.tracking().history(id).get(0).detail().contains("\"" + fileName + "\""))
                .findFirst();
    }

    private void awaitLast(String messageId, EventType type) {
        await().atMost(Duration.ofSeconds(90)).until(() -> gateway.tracking().status(messageId)
                .map(s -> s.lastEvent() == type).orElse(false));
    }

    private List<EventType> types(String messageId) {
        return gateway.tracking().history(messageId).stream()
                .filter(e -> e.messageId().equals(messageId)).map(TrackingEvent::type).toList();
    }

    private byte[] onlyAcknowledgement(String partner) throws Exception {
        Path folder = config.outboxDir().resolve(partner).resolve(ReplyDelivery.FOLDER);
        await().atMost(Duration.ofSeconds(90)).until(() -> Files.isDirectory(folder));
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
            assertEquals(1, all.size(), all.toString());
            return Files.readAllBytes(all.get(0));
        }
    }

    private static List<String> segments(byte[] edifact) {
        return Arrays.stream(new String(edifact, StandardCharsets.ISO_8859_1).split("'\n?"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
