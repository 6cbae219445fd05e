package org.entrepot.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.entrepot.config.GatewayConfig;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.translate.Samples;
import org.entrepot.translate.UblDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orders, responses and changes through the whole gateway, each delivered as its agreement in samples/partners.yaml says. */
class OrderJourneyTest {

    @TempDir
    Path data;
    private DemoCommunityGateway demo;
    private Gateway gateway;
    private GatewayConfig config;

    @BeforeEach
    void start() {
        demo = DemoCommunityGateway.start(data);
        gateway = demo.gateway();
        config = demo.config();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private void dropIntoInbox(String name, byte[] content) throws Exception {
        demo.drop(name, content);
    }

    private DocumentStatus delivered(String fileName) {
        DocumentStatus status = await().atMost(Duration.ofSeconds(90)).until(() -> gateway.tracking().recent(50).stream()
                .filter(s -> s.lastEvent() == EventType.DELIVERED || s.lastEvent() == EventType.REJECTED)
                .filter(s -> gateway.tracking().history(s.messageId()).get(0).detail().contains("\"" + fileName + "\""))
                .findFirst(), Optional::isPresent).orElseThrow();
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        return status;
    }

    private byte[] outbox(String receiver, String name) throws Exception {
        Path file = config.outboxDir().resolve(receiver).resolve(name);
        assertTrue(Files.exists(file.resolveSibling(name + ".p7s")), "signed: " + name);
        return Files.readAllBytes(file);
    }

    @Test
    void atlassTwo4010PurchaseOrdersReachLakesideAs5010() throws Exception {
        dropIntoInbox("atlas-po.edi", Samples.read("orders/atlas-lakeside-850-4010.edi"));

        String id = delivered("atlas-po.edi").messageId();
        for (int index = 1; index <= 2; index++) {
            byte[] x12 = outbox("lakeside", id + "-" + index + ".x12");
            var envelope = new X12EnvelopeReader().read(x12);
            assertTrue(envelope.isAccepted(), envelope::toString);
            assertEquals("987654321", envelope.value().senderId());
            assertEquals("123456789", envelope.value().receiverId());
            assertEquals("850", envelope.value().messageType());
            String text = new String(x12, StandardCharsets.UTF_8);
            assertTrue(text.contains("*X*005010~"), text);
            assertTrue(text.contains(index == 1 ? "BEG*00*SA*AH-PO-55120**20261118*CT-2026-AH-07~" : "BEG*00*SA*AH-PO-55121**20261118*CT-2026-AH-07~"), text);
        }
    }

    @Test
    void globexsEdifactOrdersReachNordwindsOrderDeskAsUbl() throws Exception {
        dropIntoInbox("globex-orders.edi", Samples.read("orders/globex-nordwind-orders-d96a.edi"));

        String id = delivered("globex-orders.edi").messageId();
        assertEquals("353.18", UblDocument.parse(outbox("nordwind", id + "-1.xml")).text("//cac:AnticipatedMonetaryTotal/cbc:PayableAmount"));
        assertEquals("GX-PO-2026-0882", UblDocument.parse(outbox("nordwind", id + "-2.xml")).text("/*/cbc:ID"));
    }

    @Test
    void meridiansUblResponseReachesNordwindAsOrdrsp() throws Exception {
        dropIntoInbox("meridian-response.xml", Samples.read("orders/meridian-nordwind-ubl-order-response.xml"));

        String id = delivered("meridian-response.xml").messageId();
        byte[] ordrsp = outbox("nordwind", id + "-1.edi");
        var envelope = new EdifactEnvelopeReader().read(ordrsp);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("8712345000004", envelope.value().senderId());
        assertEquals("4012345000009", envelope.value().receiverId());
        assertEquals("ORDRSP", envelope.value().messageType());
        assertTrue(new String(ordrsp, StandardCharsets.ISO_8859_1).contains("RFF+ON:NW-PO-2026-5521'"));
    }

    @Test
    void atlassChangeReachesLakesideAs5010AndLakesidesAcknowledgmentReachesAtlasUnchanged() throws Exception {
        dropIntoInbox("atlas-change.edi", Samples.read("orders/atlas-lakeside-860-4010.edi"));
        dropIntoInbox("lakeside-ack.edi", Samples.read("orders/lakeside-atlas-855-4010.edi"));

        String change = new String(outbox("lakeside", delivered("atlas-change.edi").messageId() + "-1.x12"), StandardCharsets.UTF_8);
        assertTrue(change.contains("GS*PC*987654321*123456789*") && change.contains("*X*005010~"), change);
        assertTrue(change.contains("BCH*04*SA*AH-PO-55120**2*20261118*AH-CR-55120-2*CT-2026-AH-07**20261120~"), change);
        DocumentStatus ack = delivered("lakeside-ack.edi");
        assertEquals(List.of(EventType.RECEIVED, EventType.IDENTIFIED, EventType.CHECKED, EventType.TRANSLATED, EventType.SIGNED,
                EventType.DELIVERED), gateway.tracking().history(ack.messageId()).stream().map(e -> e.type()).toList());
        assertEquals(List.of(Samples.read("orders/lakeside-atlas-855-4010.edi")).get(0).length,
                outbox("atlas", ack.messageId() + "-1.x12").length, "Atlas reads 004010 too: the 855 goes on as it came");
    }
}
