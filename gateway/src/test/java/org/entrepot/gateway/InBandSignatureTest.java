package org.entrepot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.autack.AutackWriter;
import org.entrepot.sign.xades.XadesOptions;
import org.entrepot.sign.xades.XadesSigner;
import org.entrepot.track.Archive;
import org.entrepot.track.EventType;
import org.entrepot.track.MessageIds;
import org.entrepot.track.Quarantine;
import org.entrepot.track.TrackingEvent;
import org.entrepot.track.TrackingStore;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signatures inside the document, verified inbound per agreement: XAdES in a UBL invoice, AUTACK in an INVOIC interchange. */
class InBandSignatureTest {

    private static final String PARTNERS = """
            partners:
              - { id: nordwind, name: Nordwind Handel GmbH, identifiers: [ { scheme: GLN, value: "4012345000009" } ] }
              - { id: globex, name: Globex Retail Ltd, identifiers: [ { scheme: GLN, value: "5012345000008" } ] }
              - { id: meridian, name: Meridian Foods B.V., identifiers: [ { scheme: GLN, value: "8712345000004" } ] }
            agreements:
              - { id: nordwind-globex-invoice, sender: nordwind, receiver: globex, document: INVOICE, deliverAs: ubl, sign: false, verify: { require: true } }
              - { id: meridian-nordwind-invoice, sender: meridian, receiver: nordwind, document: INVOICE, deliverAs: edifact, sign: false, verify: { require: true } }
            """;

    @TempDir
    Path data;
    private MappingCatalog mappings;
    private TrackingStore tracking;
    private DocumentPipeline pipeline;
    private DemoPki pki;

    @BeforeEach
    void assemble() {
        pki = DemoPki.ensure(data.resolve("pki"), List.of("nordwind", "globex", "meridian"));
        mappings = Samples.mappings();
        tracking = TrackingStore.open(data);
        pipeline = DocumentPipeline.standard(data, data.resolve("outbox"), PartnerDirectory.read(new StringReader(PARTNERS), "test"),
                mappings, new Evidence(tracking, new Archive(data), new Quarantine(data)));
    }

    @AfterEach
    void close() {
        pipeline.close();
        tracking.close();
        mappings.close();
    }

    @Test
    void nordwindsInvoicSecuredByItsAutackIsVerifiedAndDeliveredAndATamperedCopyIsRefused() {
        byte[] secured = new AutackWriter().secure(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"),
                pki.partnerKey("nordwind").orElseThrow()).value();

        String id = receive(secured);
        assertEquals(EventType.DELIVERED, last(id).type(), tracking.history(id)::toString);
        assertTrue(tracking.history(id).stream().anyMatch(e -> e.detail().startsWith("signature valid: AUTACK by CN=nordwind")),
                tracking.history(id)::toString);

        String tampered = new String(secured, StandardCharsets.ISO_8859_1).replace("MOA+9:397.53", "MOA+9:397.35");
        String refused = receive(tampered.replace("NW000417", "NW000418").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(EventType.REJECTED, last(refused).type());
        assertTrue(last(refused).detail().startsWith("AUTACK_HASH_MISMATCH"), last(refused).detail());
    }

    @Test
    void meridiansUblInvoiceWithItsXadesSignatureIsVerifiedAndAnUnsignedOneIsRefused() throws Exception {
        byte[] signed = new XadesSigner().sign(Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"),
                pki.partnerKey("meridian").orElseThrow(), XadesOptions.baselineB()).value();

        String id = receive(signed);
        assertEquals(EventType.DELIVERED, last(id).type(), tracking.history(id)::toString);
        assertTrue(Files.exists(data.resolve("outbox/nordwind/" + id + "-1.edi")));

        String unsigned = receive(Samples.read("invoices/meridian-nordwind-ubl-invoice.xml"));
        assertTrue(last(unsigned).detail().startsWith("SIGNATURE_MISSING"), last(unsigned).detail());
    }

    private String receive(byte[] content) {
        String id = MessageIds.next();
        pipeline.process(new InboundDocument(id, content, Map.of(InboundDocument.CHANNEL, "test")));
        return id;
    }

    private TrackingEvent last(String id) {
        List<TrackingEvent> history = tracking.history(id);
        return history.get(history.size() - 1);
    }
}
