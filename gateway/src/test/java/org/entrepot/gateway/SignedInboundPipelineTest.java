package org.entrepot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.entrepot.partner.Partner;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SigningKey;
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

/**
 * Signed input through the whole pipeline, with the sample partners and agreements that ask for
 * it: nordwind must sign (CRL checked against the demo CA's CRL), yuanhang must sign and its
 * revocation is checked by OCSP that cannot be reached with policy warn, lakeside the same with
 * policy fail.
 */
class SignedInboundPipelineTest {

    @TempDir
    Path data;
    private MappingCatalog mappings;
    private TrackingStore tracking;
    private DocumentPipeline pipeline;
    private DemoPki pki;

    @BeforeEach
    void assemble() throws Exception {
        String yaml = Files.readString(Samples.repository().resolve("samples/partners.yaml"))
                .replace(agreementStart("nordwind-globex-invoice"), agreementStart("nordwind-globex-invoice")
                        + "    verify: { require: true, revocation: crl, unreachable: fail }\n")
                .replace(agreementStart("yuanhang-globex-invoice"), agreementStart("yuanhang-globex-invoice")
                        + "    verify: { require: true, revocation: ocsp, unreachable: warn }\n")
                .replace(agreementStart("lakeside-globex-invoice"), agreementStart("lakeside-globex-invoice")
                        + "    verify: { require: true, revocation: ocsp, unreachable: fail }\n");
        PartnerDirectory partners = PartnerDirectory.read(new StringReader(yaml), "partners.yaml");
        // certs init: the demo CA with its CRL, and a demo certificate for every partner
        pki = DemoPki.init(data.resolve("pki"), partners.partners().stream().map(Partner::id).toList());
        mappings = Samples.mappings();
        tracking = TrackingStore.open(data);
        pipeline = DocumentPipeline.standard(data, data.resolve("outbox"), partners, mappings,
                new Evidence(tracking, new Archive(data), new Quarantine(data)));
    }

    /** The first line of an agreement in the sample file, after which a verify line can be added. */
    private static String agreementStart(String id) {
        return "  - id: " + id + "\n";
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

    private byte[] signedBy(String partner, String sample) {
        SigningKey key = pki.partnerKey(partner).orElseThrow();
        return new CmsSigner().signEnveloping(Samples.read(sample), key);
    }

    private List<EventType> eventTypes(String id) {
        return tracking.history(id).stream().map(TrackingEvent::type).toList();
    }

    private String rejection(String id) {
        List<TrackingEvent> history = tracking.history(id);
        return history.get(history.size() - 1).detail();
    }

    @Test
    void aSignedInvoicFromNordwindIsVerifiedOpenedAndDeliveredToGlobex() {
        String id = receive(signedBy("nordwind", "invoices/nordwind-globex-invoic-d96a.edi"));

        assertEquals(List.of(EventType.IDENTIFIED, EventType.CHECKED, EventType.CHECKED, EventType.ACK_SENT,
                EventType.TRANSLATED,
                EventType.SIGNED, EventType.DELIVERED), eventTypes(id));
        assertTrue(tracking.history(id).get(1).detail().startsWith("signature valid: CMS by CN=nordwind"),
                tracking.history(id)::toString);
        assertTrue(Files.exists(data.resolve("outbox/globex/" + id + "-1.xml")));
    }

    @Test
    void anUnsignedInvoicWhereTheAgreementRequiresASignatureIsQuarantinedAsSignatureMissing() {
        String id = receive(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"));

        assertEquals(List.of(EventType.IDENTIFIED, EventType.REJECTED), eventTypes(id));
        assertTrue(rejection(id).startsWith("SIGNATURE_MISSING"), rejection(id));
        assertTrue(new Quarantine(data).get(id).isPresent());
        assertTrue(Files.notExists(data.resolve("outbox/globex")));
    }

    @Test
    void nordwindsInvoicSignedWithMeridiansCertificateIsRefusedAsNotRegistered() {
        String id = receive(signedBy("meridian", "invoices/nordwind-globex-invoic-d96a.edi"));

        assertTrue(rejection(id).startsWith("SIGNER_NOT_REGISTERED"), rejection(id));
    }

    @Test
    void aTamperedSignedInvoicIsQuarantinedWithTheBytesAsReceived() {
        byte[] signed = signedBy("nordwind", "invoices/nordwind-globex-invoic-d96a.edi");
        String text = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1).replace("INV-2026-0417", "INV-2026-0418");
        byte[] tampered = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        String id = receive(tampered);

        assertTrue(rejection(id).startsWith("SIGNATURE_INVALID"), rejection(id));
        assertTrue(java.util.Arrays.equals(tampered, new Quarantine(data).content(id)),
                "quarantine keeps the signed bytes as received");
    }

    @Test
    void anUnreachableRevocationSourceWithPolicyWarnIsDeliveredWithAWarningEvent() {
        String id = receive(signedBy("yuanhang", "invoices/yuanhang-globex-invoic-d96a-utf8.edi"));

        List<EventType> types = eventTypes(id);
        assertTrue(types.contains(EventType.SIGNATURE_WARNING), types::toString);
        assertEquals(EventType.DELIVERED, types.get(types.size() - 1));
        TrackingEvent warning = tracking.history(id).stream()
                .filter(event -> event.type() == EventType.SIGNATURE_WARNING).findFirst().orElseThrow();
        assertTrue(warning.detail().contains("names no OCSP responder"), warning::toString);
    }

    @Test
    void anUnreachableRevocationSourceWithPolicyFailIsQuarantinedAsRevocationUnavailable() {
        String id = receive(signedBy("lakeside", "invoices/lakeside-globex-810-4010.edi"));

        assertTrue(rejection(id).startsWith("REVOCATION_UNAVAILABLE"), rejection(id));
    }
}
