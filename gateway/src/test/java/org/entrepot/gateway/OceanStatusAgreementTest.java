package org.entrepot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.entrepot.identify.X12EnvelopeReader;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.InboundDocument;
import org.entrepot.track.Archive;
import org.entrepot.track.MessageIds;
import org.entrepot.track.Quarantine;
import org.entrepot.track.TrackingStore;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement's message picks the X12 transaction set: transport events reach Lakeside as a 315 or, by default, a 214. */
class OceanStatusAgreementTest {

    private static final String PARTNERS = """
            partners:
              - { id: baltica, name: Baltica Container Line A/S, identifiers: [ { scheme: GLN, value: "5790001234560" } ] }
              - { id: lakeside, name: Lakeside Supply Co., identifiers: [ { scheme: DUNS, value: "123456789" } ] }
            agreements:
              - id: baltica-lakeside-status
                sender: baltica
                receiver: lakeside
                document: TRANSPORT_STATUS
                deliverAs: x12
                version: "004010"
                sign: false
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

    private String deliveredTransactionSet() throws Exception {
        String id = MessageIds.next();
        pipeline.process(new InboundDocument(id, Samples.read("transport/baltica-lakeside-iftsta-d96a.edi"),
                Map.of(InboundDocument.CHANNEL, "test")));
        byte[] x12 = Files.readAllBytes(data.resolve("outbox/lakeside/" + id + "-1.x12"));
        var envelope = new X12EnvelopeReader().read(x12);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("123456789", envelope.value().receiverId().strip());
        String text = new String(x12, StandardCharsets.US_ASCII);
        assertTrue(text.contains("EV-2026-118731-01"), "the first event is delivered: " + text);
        return envelope.value().messageType();
    }

    @Test
    void balticasIftstaReachesLakesideAsA315WhenTheAgreementSaysMessage315() throws Exception {
        assemble(PARTNERS + "    message: \"315\"\n");
        assertEquals("315", deliveredTransactionSet());
    }

    @Test
    void withoutAMessageTheSameAgreementStillDeliversA214() throws Exception {
        assemble(PARTNERS);
        assertEquals("214", deliveredTransactionSet());
    }
}
