package org.entrepot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.InboundDocument;
import org.entrepot.track.Archive;
import org.entrepot.track.EventType;
import org.entrepot.track.MessageIds;
import org.entrepot.track.Quarantine;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.entrepot.translate.UblDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One inbound document, several receivers: each gets it in the format its agreement names, or nobody gets it. */
class FanOutTest {

    private static final String PARTNERS = """
            partners:
              - { id: nordwind, name: Nordwind Handel GmbH, identifiers: [ { scheme: GLN, value: "4012345000009" }, { scheme: DUNS, value: "313000001" } ] }
              - { id: globex, name: Globex Retail Ltd, identifiers: [ { scheme: GLN, value: "5012345000008" } ] }
              - { id: atlas, name: Atlas Hardware Inc., identifiers: [ { scheme: DUNS, value: "987654321" } ] }
              - { id: archive, name: Globex Archive, identifiers: [ { scheme: MUTUAL, value: "GLOBEX-ARCHIVE" } ] }
            agreements:
              - id: nordwind-globex-invoice
                sender: nordwind
                receiver: globex
                document: INVOICE
                deliverAs: ubl
                sign: false
                copies:
                  - { receiver: atlas, deliverAs: x12, sign: false }
            """;

    @TempDir
    Path data;
    private MappingCatalog mappings;
    private TrackingStore tracking;
    private DocumentPipeline pipeline;

    private void assemble(String partners) {
        PartnerDirectory directory = PartnerDirectory.read(new StringReader(partners), "test partners");
        mappings = Samples.mappings();
        tracking = TrackingStore.open(data);
        pipeline = DocumentPipeline.standard(data, data.resolve("outbox"), directory, mappings,
                new Evidence(tracking, new Archive(data), new Quarantine(data)));
    }

    @AfterEach
    void close() {
        pipeline.close();
        tracking.close();
        mappings.close();
    }

    @Test
    void nordwindsInvoicReachesGlobexAsUblAndAtlasAsAnX12810FromTheSameInterchange() throws Exception {
        assemble(PARTNERS);
        String id = MessageIds.next();
        pipeline.process(new InboundDocument(id, Samples.read("invoices/nordwind-globex-invoic-d96a.edi"),
                Map.of(InboundDocument.CHANNEL, "test")));

        byte[] ubl = Files.readAllBytes(data.resolve("outbox/globex/" + id + "-1.xml"));
        assertEquals("397.53", UblDocument.parse(ubl).text("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
        byte[] x12 = Files.readAllBytes(data.resolve("outbox/atlas/" + id + "-2.x12"));
        var envelope = new X12EnvelopeReader().read(x12);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("810", envelope.value().messageType());
        assertEquals("987654321", envelope.value().receiverId().strip(), "addressed to the copy's receiver");
        List<TrackingEvent> delivered = tracking.history(id).stream().filter(e -> e.type() == EventType.DELIVERED).toList();
        assertEquals(2, delivered.size(), delivered::toString);
    }

    @Test
    void meridiansInvoiceReachesNordwindAsInvoicAndNordwindsBankAsThePain001ThatPaysIt() throws Exception {
        assemble("""
                partners:
                  - { id: nordwind, name: Nordwind Handel GmbH, identifiers: [ { scheme: GLN, value: "4012345000009" } ] }
                  - { id: meridian, name: Meridian Foods B.V., identifiers: [ { scheme: GLN, value: "8712345000004" } ] }
                  - { id: elbufer, name: Elbufer Bank AG, identifiers: [ { scheme: BIC, value: "ELBUDEHHXXX" } ] }
                agreements:
                  - id: meridian-nordwind-invoice
                    sender: meridian
                    receiver: nordwind
                    document: INVOICE
                    deliverAs: edifact
                    sign: false
                    copies:
                      - { receiver: elbufer, deliverAs: iso20022, version: pain.001.001.09, sign: false }
                """);
        String id = MessageIds.next();
        pipeline.process(new InboundDocument(id, Samples.read("payments/meridian-nordwind-ubl-invoice-payer-account.xml"),
                Map.of(InboundDocument.CHANNEL, "test")));

        byte[] invoic = Files.readAllBytes(data.resolve("outbox/nordwind/" + id + "-1.edi"));
        assertTrue(new String(invoic, java.nio.charset.StandardCharsets.ISO_8859_1).contains("UNH+1+INVOIC:D:96A:UN"));
        String pain001 = Files.readString(data.resolve("outbox/elbufer/" + id + "-2.xml"));
        assertTrue(pain001.contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"), pain001);
        String payable = UblDocument.parse(Samples.read("payments/meridian-nordwind-ubl-invoice-payer-account.xml"))
                .text("//cac:LegalMonetaryTotal/cbc:PayableAmount");
        assertTrue(pain001.contains(">" + payable + "</"), "the bank is asked to pay the invoice's payable amount " + payable);
    }

    @Test
    void whenOneReceiversFormatCannotBeWrittenNobodyGetsTheDocument() throws Exception {
        assemble(PARTNERS.replace("{ receiver: atlas, deliverAs: x12, sign: false }",
                "{ receiver: archive, deliverAs: entrepot, sign: false }"));
        String id = MessageIds.next();
        pipeline.process(new InboundDocument(id, Samples.read("invoices/nordwind-globex-invoic-d96a.edi"),
                Map.of(InboundDocument.CHANNEL, "test")));

        assertEquals(EventType.REJECTED, tracking.history(id).get(tracking.history(id).size() - 1).type());
        assertTrue(tracking.history(id).get(tracking.history(id).size() - 1).detail().startsWith("NO_MAPPING"));
        assertTrue(Files.notExists(data.resolve("outbox/globex/" + id + "-1.xml")), "globex gets nothing either");
    }
}
