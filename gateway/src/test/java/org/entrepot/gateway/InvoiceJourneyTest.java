package org.entrepot.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.document.Outcome;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.sign.CmsVerifier;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SignatureCheck;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.UblDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole gateway on embedded defaults: real broker, real routes, real mappings and keys. */
class InvoiceJourneyTest {

    @TempDir
    Path data;
    private MappingCatalog mappings;
    private Gateway gateway;
    private GatewayConfig config;

    @BeforeEach
    void start() {
        Map<String, String> settings = TestGateways.settings(data);
        settings.put(GatewaySetting.PARTNERS_FILE.key(), Samples.repository().resolve("samples/partners.yaml").toString());
        config = GatewayConfig.of(settings);
        mappings = Samples.mappings();
        gateway = startGateway();
    }

    private Gateway startGateway() {
        PartnerDirectory partners = PartnerDirectory.load(config.partnersFile());
        Function<Evidence, DocumentFlow> flow = evidence -> DocumentPipeline.standard(config.dataDir(),
                config.outboxDir(), partners, mappings, evidence);
        return Gateway.start(config, flow);
    }

    @AfterEach
    void stop() {
        gateway.stop();
        mappings.close();
    }

    private void dropIntoInbox(String name, byte[] content) throws Exception {
        Path part = gateway.inbox().resolve(name + ".part");
        Files.write(part, content);
        Files.move(part, gateway.inbox().resolve(name));
    }

    private Optional<DocumentStatus> finished(String fileName) {
        return gateway.tracking().recent(50).stream()
                .filter(s -> s.lastEvent() == EventType.DELIVERED || s.lastEvent() == EventType.REJECTED)
                .filter(s -> cameFrom(s.messageId(), fileName))
                .findFirst();
    }

    /** The inbox names the file in the RECEIVED event, or in the quarantine record when it refused the file itself. */
    private boolean cameFrom(String messageId, String fileName) {
        String received = gateway.tracking().history(messageId).get(0).detail();
        return received.contains("\"" + fileName + "\"") || gateway.quarantine().get(messageId)
                .map(q -> fileName.equals(q.metadata().get("fileName"))).orElse(false);
    }

    private DocumentStatus awaitOutcome(String fileName) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> finished(fileName), Optional::isPresent).orElseThrow();
    }

    @Test
    void aSignedInvoicFromNordwindReachesGlobexOutboxAsSignedUbl() throws Exception {
        dropIntoInbox("nordwind.edi", Samples.read("invoices/nordwind-globex-invoic-d96a.edi"));

        DocumentStatus status = awaitOutcome("nordwind.edi");
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        Path delivered = config.outboxDir().resolve("globex").resolve(status.messageId() + "-1.xml");
        byte[] ubl = Files.readAllBytes(delivered);
        assertEquals("397.53", UblDocument.parse(ubl).text("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
        Outcome<SignatureCheck> signature = new CmsVerifier().verifyDetached(ubl,
                Files.readAllBytes(delivered.resolveSibling(delivered.getFileName() + ".p7s")),
                DemoPki.ensure(data.resolve("pki"), List.of()).trustAnchors());
        assertTrue(signature.isAccepted(), signature::toString);
        assertEquals(List.of(EventType.RECEIVED, EventType.IDENTIFIED, EventType.CHECKED, EventType.ACK_SENT,
                        EventType.TRANSLATED, EventType.SIGNED, EventType.DELIVERED),
                gateway.tracking().history(status.messageId()).stream().map(TrackingEvent::type).toList());
        assertTrue(gateway.archive().find(status.messageId(), "received").isPresent(), "the received bytes are archived");
        assertTrue(Files.notExists(gateway.inbox().resolve("nordwind.edi")), "the inbox file is gone once queued");
    }

    @Test
    void meridiansUblPostedOverHttpReachesNordwindAsInvoic() throws Exception {
        String token = gateway.apiTokens().issue("meridian");
        HttpResponse<String> response = new TestHttp(gateway.httpPort())
                .post(token, Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"));
        assertEquals(202, response.statusCode(), response.body());
        String messageId = response.body().replaceAll(".*\"messageId\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        await().atMost(Duration.ofSeconds(90)).until(() -> gateway.tracking().status(messageId)
                .map(s -> s.lastEvent() == EventType.DELIVERED).orElse(false));
        byte[] invoic = Files.readAllBytes(config.outboxDir().resolve("nordwind").resolve(messageId + "-1.edi"));
        var envelope = new EdifactEnvelopeReader().read(invoic);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("8712345000004", envelope.value().senderId());
        assertEquals("4012345000009", envelope.value().receiverId());
        assertEquals("INVOIC", envelope.value().messageType());
    }

    @Test
    void brokenDocumentsAreQuarantinedAndTheGatewayKeepsGoing() throws Exception {
        String nordwind = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), StandardCharsets.ISO_8859_1);
        dropIntoInbox("wrong-count.edi", nordwind.replace("UNT+65+1'", "UNT+9+1'").getBytes(StandardCharsets.ISO_8859_1));
        dropIntoInbox("truncated.edi", nordwind.substring(0, nordwind.length() / 2).getBytes(StandardCharsets.ISO_8859_1));
        dropIntoInbox("garbage.bin", new byte[] {0, 1, 2, 3, (byte) 0xff, 'U', 'N', 'B'});
        dropIntoInbox("empty.edi", new byte[0]);

        for (String file : List.of("wrong-count.edi", "truncated.edi", "garbage.bin", "empty.edi")) {
            DocumentStatus status = awaitOutcome(file);
            assertEquals(EventType.REJECTED, status.lastEvent(), file);
            assertTrue(gateway.quarantine().get(status.messageId()).isPresent(), file + " is kept in quarantine");
        }
        assertTrue(finished("wrong-count.edi").orElseThrow().detail().startsWith("CONTROL_COUNT_MISMATCH at segment 67 (UNT)"));
        assertTrue(finished("garbage.bin").orElseThrow().detail().startsWith("UNKNOWN_SYNTAX"));
        assertTrue(finished("empty.edi").orElseThrow().detail().startsWith("EMPTY_DOCUMENT"));

        dropIntoInbox("after.edi", Samples.read("invoices/lakeside-globex-810-4010.edi"));
        assertEquals(EventType.DELIVERED, awaitOutcome("after.edi").lastEvent(), "the gateway still delivers afterwards");
    }

    @Test
    void anInterchangeResentAfterARestartIsQuarantinedAsADuplicate() throws Exception {
        byte[] invoic = Samples.read("invoices/nordwind-globex-invoic-d96a.edi");
        dropIntoInbox("nordwind.edi", invoic);
        DocumentStatus first = awaitOutcome("nordwind.edi");
        assertEquals(EventType.DELIVERED, first.lastEvent(), first::toString);

        gateway.stop();
        gateway = startGateway();
        dropIntoInbox("nordwind-again.edi", invoic);

        DocumentStatus resend = awaitOutcome("nordwind-again.edi");
        assertEquals(EventType.REJECTED, resend.lastEvent(), resend::toString);
        assertEquals("DUPLICATE_INTERCHANGE at segment 2 (UNB)", resend.detail());
        List<String> reasons = gateway.quarantine().get(resend.messageId()).orElseThrow().reasons();
        assertTrue(reasons.get(0).contains("already received as message " + first.messageId()), reasons::toString);
        assertTrue(Files.notExists(config.outboxDir().resolve("globex").resolve(resend.messageId() + "-1.xml")),
                "the resend is not delivered");
    }
}
