package org.entrepot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entrepot.document.Outcome;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.autack.AutackVerifier;
import org.entrepot.sign.autack.VerifiedAutack;
import org.entrepot.sign.xades.VerifiedXml;
import org.entrepot.sign.xades.XadesVerifier;
import org.entrepot.track.Archive;
import org.entrepot.track.MessageIds;
import org.entrepot.track.Quarantine;
import org.entrepot.track.TrackingStore;
import org.entrepot.translate.MappingCatalog;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement chooses the signature: XAdES inside a UBL invoice, an AUTACK inside an INVOIC interchange. */
class OutboundSignatureTest {

    private static final String PARTNERS = """
            partners:
              - { id: nordwind, name: Nordwind Handel GmbH, identifiers: [ { scheme: GLN, value: "4012345000009" } ] }
              - { id: globex, name: Globex Retail Ltd, identifiers: [ { scheme: GLN, value: "5012345000008" } ] }
              - { id: meridian, name: Meridian Foods B.V., identifiers: [ { scheme: GLN, value: "8712345000004" } ] }
            agreements:
              - { id: nordwind-globex-invoice, sender: nordwind, receiver: globex, document: INVOICE, deliverAs: ubl, signWith: xades }
              - { id: meridian-nordwind-invoice, sender: meridian, receiver: nordwind, document: INVOICE, deliverAs: edifact, signWith: autack }
            """;

    @TempDir
    Path data;
    private MappingCatalog mappings;
    private TrackingStore tracking;
    private DocumentPipeline pipeline;

    @BeforeEach
    void assemble() {
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
    void globexGetsAUblInvoiceCarryingTheGatewaysXadesSignatureAndNoSeparateSignatureFile() throws Exception {
        String id = receive("invoices/nordwind-globex-invoic-d96a.edi");

        Path delivered = data.resolve("outbox/globex/" + id + "-1.xml");
        Outcome<VerifiedXml> verified = XadesVerifier.verify(Files.readAllBytes(delivered),
                DemoPki.ensure(data.resolve("pki"), List.of()).trustAnchors());
        assertTrue(verified.isAccepted(), verified::toString);
        assertTrue(verified.value().signer().getSubjectX500Principal().getName().contains("gateway"));
        assertTrue(Files.notExists(delivered.resolveSibling(delivered.getFileName() + ".p7s")));
    }

    @Test
    void nordwindGetsItsInvoicSecuredByAnAutackSignedWithTheGatewayKey() throws Exception {
        String id = receive("invoices/meridian-nordwind-ubl-invoice.xml");

        byte[] interchange = Files.readAllBytes(data.resolve("outbox/nordwind/" + id + "-1.edi"));
        DemoPki pki = DemoPki.ensure(data.resolve("pki"), List.of());
        Outcome<VerifiedAutack> verified = new AutackVerifier(List.of(pki.gatewayKey().certificate()), pki.trustAnchors())
                .verify(interchange);
        assertTrue(verified.isAccepted(), verified::toString);
        assertEquals(List.of("1"), verified.value().securedReferences());
    }

    private String receive(String sample) {
        String id = MessageIds.next();
        pipeline.process(new InboundDocument(id, Samples.read(sample), Map.of(InboundDocument.CHANNEL, "test")));
        return id;
    }
}
