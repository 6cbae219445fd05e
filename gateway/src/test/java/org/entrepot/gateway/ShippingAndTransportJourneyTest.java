package org.entrepot.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.document.Outcome;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.sign.CmsVerifier;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SignatureCheck;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Shippers, carriers and the gateway on embedded defaults: a shipping instruction reaches the
 * carrier as our XML, the carrier's status report reaches the shipper as an X12 214.
 */
class ShippingAndTransportJourneyTest {

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
        PartnerDirectory partners = PartnerDirectory.load(config.partnersFile());
        Function<Evidence, DocumentFlow> flow = evidence -> DocumentPipeline.standard(config.dataDir(), config.outboxDir(),
                partners, mappings, evidence);
        gateway = Gateway.start(config, flow);
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

    private DocumentStatus awaitOutcome(String fileName) {
        return await().atMost(Duration.ofSeconds(120)).until(() -> gateway.tracking().recent(50).stream()
                .filter(s -> s.lastEvent() == EventType.DELIVERED || s.lastEvent() == EventType.REJECTED)
                .filter(s -> gateway.tracking().history(s.messageId()).get(0).detail().contains("\"" + fileName + "\""))
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private void assertSignedByTheGateway(Path delivered) throws Exception {
        Outcome<SignatureCheck> signature = new CmsVerifier().verifyDetached(Files.readAllBytes(delivered),
                Files.readAllBytes(delivered.resolveSibling(delivered.getFileName() + ".p7s")),
                DemoPki.ensure(data.resolve("pki"), List.of()).trustAnchors());
        assertTrue(signature.isAccepted(), signature::toString);
    }

    @Test
    void nordwindsIftminReachesBalticaAsTwoSignedShippingInstructionsInOurXml() throws Exception {
        dropIntoInbox("nordwind-si.edi", Samples.read("shipping/nordwind-baltica-iftmin-d96a.edi"));

        DocumentStatus status = awaitOutcome("nordwind-si.edi");
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        Path outbox = config.outboxDir().resolve("baltica");
        var schema = new ClasspathSchemas().schema("schemas/entrepot/transport/shipping-instruction-1.xsd");
        for (int message = 1; message <= 2; message++) {
            Path delivered = outbox.resolve(status.messageId() + "-" + message + ".xml");
            byte[] xml = Files.readAllBytes(delivered);
            assertEquals(List.of(), XmlSchemaCheck.validate(xml, schema), delivered.toString());
            assertTrue(new String(xml, StandardCharsets.UTF_8).contains(
                    "<ShippingInstructionReference>NWH-SI-2026-031" + message + "</ShippingInstructionReference>"));
            assertSignedByTheGateway(delivered);
        }
    }

    @Test
    void balticasIftstaReachesLakesideAsAValidX12Status214() throws Exception {
        dropIntoInbox("baltica-status.edi", Samples.read("transport/baltica-lakeside-iftsta-d96a.edi"));

        DocumentStatus status = awaitOutcome("baltica-status.edi");
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        Path delivered = config.outboxDir().resolve("lakeside").resolve(status.messageId() + "-1.x12");
        byte[] x12 = Files.readAllBytes(delivered);
        var envelope = new X12EnvelopeReader().read(x12);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("5790001234560", envelope.value().senderId());
        assertEquals("123456789", envelope.value().receiverId());
        assertEquals("214", envelope.value().messageType());
        String text = new String(x12, StandardCharsets.UTF_8);
        assertTrue(text.contains("B10*BLT-ST-2026-118731*BLT2611CHI0318*BLTC~"), text);
        assertTrue(text.contains("AT7*D1*NS***20261120*1650*ES~"), text);
        assertSignedByTheGateway(delivered);
    }

    @Test
    void balticasEventsReachAtlasAsSignedX12315sBecauseTheAgreementNamesTheMessage() throws Exception {
        String events = new String(Samples.read("transport/baltica-nordwind-transport-events.xml"), StandardCharsets.UTF_8)
                .replace("<Receiver schemeID=\"0088\">4012345000009</Receiver>", "<Receiver schemeID=\"0060\">987654321</Receiver>");
        dropIntoInbox("baltica-atlas-events.xml", events.getBytes(StandardCharsets.UTF_8));

        DocumentStatus status = awaitOutcome("baltica-atlas-events.xml");
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        Path delivered = config.outboxDir().resolve("atlas").resolve(status.messageId() + "-1.x12");
        byte[] x12 = Files.readAllBytes(delivered);
        var envelope = new X12EnvelopeReader().read(x12);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("987654321", envelope.value().receiverId().strip());
        assertEquals("315", envelope.value().messageType());
        String text = new String(x12, StandardCharsets.UTF_8);
        assertTrue(text.contains("*X*005010~") && text.contains("ST*315*0003~"), "one 315 005010 per event: " + text);
        assertTrue(text.contains("B4***AE*20261122*0215*CTA Altenwerder*MSKU*1234565*L*45G1*DEHAM*UN~"), text);
        assertSignedByTheGateway(delivered);
    }
}
