package org.entrepot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entrepot.document.Outcome;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.CmsVerifier;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SignatureCheck;
import org.entrepot.track.EventType;
import org.entrepot.track.MessageIds;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.UblDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stages after receive, driven without Camel: what a received document becomes. */
class DocumentPipelineTest {

    @TempDir
    Path data;
    private MappingCatalog mappings;
    private TrackingStore tracking;
    private DocumentPipeline pipeline;
    private PartnerDirectory partners;

    @BeforeEach
    void assemble() {
        partners = PartnerDirectory.load(Samples.repository().resolve("samples/partners.yaml"));
        mappings = Samples.mappings();
        tracking = TrackingStore.open(data);
        pipeline = DocumentPipeline.standard(data, data.resolve("outbox"), partners, mappings,
                new Evidence(tracking, new org.entrepot.track.Archive(data), new org.entrepot.track.Quarantine(data)));
    }

    @AfterEach
    void close() {
        pipeline.close();
        tracking.close();
        mappings.close();
    }

    private String receive(byte[] content) {
        String id = MessageIds.next();
        pipeline.process(new InboundDocument(id, content, Map.of(InboundDocument.CHANNEL, "test")));
        return id;
    }

    private List<EventType> eventTypes(String id) {
        return tracking.history(id).stream().map(TrackingEvent::type).toList();
    }

    @Test
    void nordwindsInvoicReachesGlobexAsASignedUblInvoice() throws Exception {
        String id = receive(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"));

        Path delivered = data.resolve("outbox/globex/" + id + "-1.xml");
        Path signature = data.resolve("outbox/globex/" + id + "-1.xml.p7s");
        assertTrue(Files.exists(delivered), "delivered to globex's outbox");
        assertEquals("INV-2026-0417", UblDocument.parse(Files.readAllBytes(delivered)).text("/inv:Invoice/cbc:ID"));
        DemoPki pki = DemoPki.ensure(data.resolve("pki"), List.of());
        Outcome<SignatureCheck> verified = new CmsVerifier().verifyDetached(Files.readAllBytes(delivered),
                Files.readAllBytes(signature), pki.trustAnchors());
        assertTrue(verified.isAccepted(), verified::toString);
        assertEquals(List.of(EventType.IDENTIFIED, EventType.CHECKED, EventType.ACK_SENT, EventType.TRANSLATED,
                EventType.SIGNED, EventType.DELIVERED), eventTypes(id));
        assertEquals(id, tracking.history("NW000417").get(0).messageId(), "history is found by interchange reference too");
    }

    @Test
    void aDocumentFromAnUnknownPartnerIsQuarantinedWithItsReason() {
        String stranger = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), StandardCharsets.ISO_8859_1)
                .replace("UNB+UNOC:3+4012345000009:14", "UNB+UNOC:3+4000000000013:14");
        String id = receive(stranger.getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(List.of(EventType.REJECTED), eventTypes(id));
        assertTrue(tracking.history(id).get(0).detail().startsWith("UNKNOWN_PARTNER"), tracking.history(id)::toString);
        assertTrue(new org.entrepot.track.Quarantine(data).get(id).isPresent(), "the bytes are kept in quarantine");
        assertTrue(Files.notExists(data.resolve("outbox/globex")), "nothing is delivered");
    }

    @Test
    void aPartnerAuthenticatedOverHttpCannotSendInAnothersName() {
        String id = MessageIds.next();
        pipeline.process(new InboundDocument(id, Samples.read("invoices/nordwind-globex-invoic-d96a.edi"),
                Map.of(InboundDocument.AUTHENTICATED_PARTNER, "meridian")));

        assertEquals(EventType.REJECTED, eventTypes(id).get(eventTypes(id).size() - 1));
        assertTrue(tracking.history(id).get(1).detail().startsWith("NOT_AUTHENTICATED"), tracking.history(id)::toString);
    }

    @Test
    void nordwindsInvoicSentTwiceIsDeliveredOnceAndTheResendQuarantinedAsADuplicate() {
        byte[] invoic = Samples.read("invoices/nordwind-globex-invoic-d96a.edi");
        String first = receive(invoic);
        String resend = receive(invoic);

        assertEquals(EventType.DELIVERED, eventTypes(first).get(eventTypes(first).size() - 1));
        assertEquals(List.of(EventType.IDENTIFIED, EventType.CHECKED, EventType.ACK_SENT, EventType.REJECTED),
                eventTypes(resend), "the resend is answered with a rejecting CONTRL");
        assertEquals("DUPLICATE_INTERCHANGE at segment 2 (UNB)", tracking.history(resend).get(3).detail());
        List<String> reasons = new org.entrepot.track.Quarantine(data).get(resend).orElseThrow().reasons();
        assertEquals(1, reasons.size(), reasons::toString);
        assertTrue(reasons.get(0).contains("interchange NW000417 from nordwind was already received as message " + first),
                reasons::toString);
        assertTrue(Files.notExists(data.resolve("outbox/globex/" + resend + "-1.xml")), "the resend is not delivered");
    }

    @Test
    void aRedeliveryOfTheSameMessageIsNotADuplicate() {
        String id = MessageIds.next();
        InboundDocument document = new InboundDocument(id, Samples.read("invoices/nordwind-globex-invoic-d96a.edi"),
                Map.of(InboundDocument.CHANNEL, "test"));
        pipeline.process(document);
        pipeline.process(document); // the broker delivers it again, as after a crash before acknowledging

        assertEquals(List.of(EventType.IDENTIFIED, EventType.CHECKED, EventType.ACK_SENT, EventType.TRANSLATED,
                EventType.SIGNED, EventType.DELIVERED, EventType.IDENTIFIED, EventType.CHECKED, EventType.ACK_SENT,
                EventType.TRANSLATED, EventType.SIGNED, EventType.DELIVERED), eventTypes(id));
    }

    @Test
    void aBrokenCopyDoesNotBlockTheCorrectedResendOfTheSameInterchange() {
        String nordwind = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), StandardCharsets.ISO_8859_1);
        String broken = receive(nordwind.replace("UNT+65+1'", "UNT+60+1'").getBytes(StandardCharsets.ISO_8859_1));
        String corrected = receive(nordwind.getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(EventType.REJECTED, eventTypes(broken).get(eventTypes(broken).size() - 1));
        assertEquals(EventType.DELIVERED, eventTypes(corrected).get(eventTypes(corrected).size() - 1));
    }

    @Test
    void nordwindsInvoicsReachAtlasAsX12InterchangesNumberedFromTheirPartnerPairSequence() throws Exception {
        String toAtlas = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), StandardCharsets.ISO_8859_1)
                .replace("+5012345000008:14+", "+987654321:16+");
        String first = receive(toAtlas.replace("NW000417", "NW000501").getBytes(StandardCharsets.ISO_8859_1));
        String second = receive(toAtlas.replace("NW000417", "NW000502").getBytes(StandardCharsets.ISO_8859_1));

        String isaOfFirst = Files.readString(data.resolve("outbox/atlas/" + first + "-1.x12")).substring(0, 106);
        String isaOfSecond = Files.readString(data.resolve("outbox/atlas/" + second + "-1.x12")).substring(0, 106);
        assertEquals("000000001", isaOfFirst.split("\\*")[13], isaOfFirst);
        assertEquals("000000002", isaOfSecond.split("\\*")[13], isaOfSecond);
    }
    @Test
    void aMappingThatWritesAnElementTooLongIsStoppedBeforeTheReceiverGetsIt() throws Exception {
        // the repository's mappings with the INVOIC writer's item description put back as one 7008 (an..35)
        Path brokenMappings = data.resolve("mappings");
        Path repository = Samples.repository().resolve("mappings");
        try (var files = Files.walk(repository)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = brokenMappings.resolve(repository.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path writer = brokenMappings.resolve("invoice/ubl-2.1-invoice_to_edifact-d96a-invoic/invoic.ftl");
        String template = Files.readString(writer);
        String split = "<#list w.chunks(u.t(item[\"cbc:Name\"]), 70, 99) as part><@seg>IMD+F++:::${twoComponents(part)}</@seg></#list>";
        assertTrue(template.contains(split), "the writer changed; update this test");
        Files.writeString(writer, template.replace(split, "<@seg>IMD+F++:::${esc(u.t(item[\"cbc:Name\"]))}</@seg>"));
        String longName = "Gouda belegen, wheel 12 kg, matured 26 weeks in the cellars at Bodegraven";
        byte[] invoice = new String(Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"), StandardCharsets.UTF_8)
                .replace("<cbc:Name>Gouda belegen, wheel 12 kg</cbc:Name>", "<cbc:Name>" + longName + "</cbc:Name>")
                .getBytes(StandardCharsets.UTF_8);

        try (MappingCatalog broken = MappingCatalog.load(brokenMappings);
                DocumentPipeline withBrokenMapping = DocumentPipeline.standard(data, data.resolve("outbox"), partners, broken,
                        new Evidence(tracking, new org.entrepot.track.Archive(data), new org.entrepot.track.Quarantine(data)))) {
            String id = MessageIds.next();
            withBrokenMapping.process(new InboundDocument(id, invoice, Map.of(InboundDocument.CHANNEL, "test")));

            assertEquals(EventType.REJECTED, eventTypes(id).get(eventTypes(id).size() - 1), tracking.history(id)::toString);
            var kept = new org.entrepot.track.Quarantine(data).get(id);
            assertTrue(kept.isPresent(), "the invoice is kept");
            String reason = String.join("\n", kept.get().reasons());
            assertTrue(reason.contains("OUTPUT_INVALID") && reason.contains("ubl-2.1-invoice_to_edifact-d96a-invoic")
                    && reason.contains("ELEMENT_TOO_LONG at segment") && reason.contains("(IMD), element 3, component 4"), reason);
            assertTrue(Files.notExists(data.resolve("outbox/nordwind")), "Nordwind never gets the broken INVOIC");
        }
    }
}
