package org.entrepot.deliver.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.PartnerCertificateStore;
import org.entrepot.track.MessageIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The gateway as the customs office's SOAP client, against the office's own CXF service on loopback. */
class SoapChannelTest {

    // one demo PKI for the class: generating it costs seconds, and no test changes it
    @TempDir
    static Path data;

    private SoapFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new SoapFixture(data);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void anAcceptedDeclarationComesBackWithItsMrnAsADocumentFromCustoms() throws Exception {
        fixture.startCustoms();
        Outbound outbound = fixture.toCustoms(SoapFixture.declaration());

        Transmission receipt = fixture.channel.send(outbound);

        assertEquals(Transmission.Status.DELIVERED, receipt.status());
        assertTrue(receipt.detail().matches("customs ACC, MRN \\d{2}DE\\d{12}A for HZS-2026-000417"),
                receipt.detail());
        String envelope = new String(receipt.evidence().get(0).content(), StandardCharsets.UTF_8);
        assertTrue(envelope.contains("wsse:Security") && envelope.contains("BinarySecurityToken")
                && envelope.contains("SignatureValue"), "the evidence is the signed envelope: " + envelope);

        assertEquals(1, fixture.received.size(), "the answer is handed to the flow once");
        InboundDocument answer = fixture.received.get(0);
        assertEquals("soap", answer.metadata(InboundDocument.CHANNEL));
        assertEquals(SoapFixture.CUSTOMS, answer.metadata(InboundDocument.AUTHENTICATED_PARTNER));
        assertEquals("soap-answer-" + outbound.transmissionId(), answer.metadata(InboundDocument.TRANSPORT_MESSAGE_ID));
        Document response = SoapXml.parse(answer.content()).orElseThrow();
        assertEquals("Response", response.getDocumentElement().getLocalName());
        CustomsAnswer read = CustomsAnswer.read(response).orElseThrow();
        assertTrue(receipt.detail().contains(read.mrn()));
        org.w3c.dom.Element declarant = (org.w3c.dom.Element) response
                .getElementsByTagNameNS(SoapNames.RESPONSE_NAMESPACE, "Declarant").item(0);
        assertEquals("DE987654321000000", declarant.getElementsByTagNameNS(SoapNames.RESPONSE_NAMESPACE, "ID").item(0)
                .getTextContent(), "the answer goes to the broker that lodged the declaration");
    }

    @Test
    void aRejectedDeclarationComesBackWithErrorsPointingAtGoodsItemAndElement() throws Exception {
        fixture.startCustoms();
        byte[] declaration = SoapFixture.declaration("<ClassificationID>8544429000</ClassificationID>",
                "<ClassificationID>" + TestCustomsService.UNKNOWN_COMMODITY + "</ClassificationID>");
        declaration = new String(declaration, StandardCharsets.UTF_8)
                .replace("<NetMassMeasure unitCode=\"KGM\">498.500</NetMassMeasure>",
                        "<NetMassMeasure unitCode=\"KGM\">698.250</NetMassMeasure>").getBytes(StandardCharsets.UTF_8);

        Transmission receipt = fixture.channel.send(fixture.toCustoms(declaration));

        assertEquals(Transmission.Status.DELIVERED, receipt.status(), "a rejection is a receipt too");
        assertEquals("customs REJ HZS-2026-000417: "
                + "R0412 at GDS 1 MEA (Net mass 698.250 exceeds gross mass 512.000); "
                + "C0035 at GDS 2 CST (Commodity code 85444291 is not in the tariff)", receipt.detail());
        CustomsAnswer answer = CustomsAnswer.read(SoapXml.parse(fixture.received.get(0).content()).orElseThrow()).orElseThrow();
        assertEquals("REJ", answer.status());
        assertEquals(null, answer.mrn());
        assertEquals(2, answer.errors().size());
    }

    @Test
    void aDeclarationThatBreaksTheSchemaIsRejectedAtTheElementThatBreaksIt() throws Exception {
        fixture.startCustoms();
        byte[] declaration = SoapFixture.declaration("<ClassificationID>8544429000</ClassificationID>",
                "<ClassificationID>85-44</ClassificationID>");

        Transmission receipt = fixture.channel.send(fixture.toCustoms(declaration));

        assertTrue(receipt.detail().startsWith("customs REJ HZS-2026-000417: XSD at GDS 2 Classifi ("),
                receipt.detail());
        assertTrue(receipt.detail().contains("85-44"), receipt.detail());
    }

    @Test
    void aRetryOfTheSameTransmissionGetsTheSameAnswerAndCustomsRegistersOneDeclaration() throws Exception {
        TestCustomsService customs = fixture.startCustoms();
        Outbound first = fixture.toCustoms(SoapFixture.declaration());

        Transmission once = fixture.channel.send(first);
        Transmission again = fixture.channel.send(first.attempt(2));

        assertEquals(once.detail(), again.detail());
        assertEquals(2, customs.registry().calls());
        assertEquals(1, customs.registry().declarations());
        assertEquals(java.util.Set.of(first.transmissionId()), customs.registry().transmissions());
    }

    @Test
    void customsThatGoesDownRefusesConnectionsAndAnswersAgainWhenItIsBackOnItsPort() throws Exception {
        TestCustomsService customs = fixture.startCustoms();
        Outbound outbound = fixture.toCustoms(SoapFixture.declaration());
        customs.close();
        fixture.customs = null;

        DeliveryFailure down = assertThrows(DeliveryFailure.class, () -> fixture.channel.send(outbound));
        fixture.customs = TestCustomsService.start(customs.port(), fixture.pki.partnerKey(SoapFixture.CUSTOMS).orElseThrow(),
                fixture.pki.gatewayKey().certificate(), fixture.pki.trustAnchors(), customs.registry());
        Transmission back = fixture.channel.send(outbound.attempt(2));

        assertEquals(DeliveryFailure.Kind.UNREACHABLE, down.kind(), down.describe());
        assertTrue(back.detail().startsWith("customs ACC, MRN"), back.detail());
        assertEquals(1, customs.registry().declarations());
    }

    @Test
    void customsThatIsDownIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Outbound outbound = SoapFixture.outbound(MessageIds.next(), SoapFixture.declaration(),
                Map.of("url", "http://127.0.0.1:" + closedPort + "/customs/declarations", "connectTimeout", "PT2S"));

        DeliveryFailure failure = assertThrows(DeliveryFailure.class, () -> fixture.channel.send(outbound));

        assertEquals(DeliveryFailure.Kind.UNREACHABLE, failure.kind(), failure.describe());
        assertTrue(fixture.received.isEmpty());
    }

    @Test
    void customsThatTakesTheCallButNeverAnswersTimesOutAfterTheReadTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(30_000);
                } catch (Exception e) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Outbound outbound = SoapFixture.outbound(MessageIds.next(), SoapFixture.declaration(),
                    Map.of("url", "http://127.0.0.1:" + silent.getLocalPort() + "/customs/declarations", "readTimeout", "PT1S"));

            long started = System.nanoTime();
            DeliveryFailure failure = assertThrows(DeliveryFailure.class, () -> fixture.channel.send(outbound));

            assertEquals(DeliveryFailure.Kind.TIMEOUT, failure.kind(), failure.describe());
            assertTrue(System.nanoTime() - started < 25_000_000_000L, "bounded by the read timeout, not by the peer");
            acceptor.interrupt();
        }
    }

    @Test
    void aPinnedCertificateIsTheOnlyOneCustomsAnswersAreTakenFrom() throws Exception {
        fixture.startCustoms();
        Path pkiDir = fixture.config.dataDir().resolve("pki");
        PartnerCertificateStore store = DemoPki.partnerCertificateStore(pkiDir);
        store.put("zoll-hamburg-2026", fixture.pki.partnerCertificate(SoapFixture.CUSTOMS).orElseThrow());
        store.put("zoll-hamburg-next", fixture.pki.partnerCertificate("elbufer").orElseThrow());
        DemoPki.save(pkiDir, store);
        try (SoapChannel pinning = fixture.newChannel()) {
            Map<String, String> pinnedToCurrent = Map.of("url", fixture.customs.address(), "certificate", "zoll-hamburg-2026");
            Map<String, String> pinnedToNext = Map.of("url", fixture.customs.address(), "certificate", "zoll-hamburg-next");
            Map<String, String> pinnedToNothing = Map.of("url", fixture.customs.address(), "certificate", "no-such-alias");

            Transmission taken = pinning.send(SoapFixture.outbound(MessageIds.next(), SoapFixture.declaration(), pinnedToCurrent));
            DeliveryFailure refused = assertThrows(DeliveryFailure.class, () -> pinning.send(
                    SoapFixture.outbound(MessageIds.next(), SoapFixture.declaration(), pinnedToNext)));
            DeliveryFailure misconfigured = assertThrows(DeliveryFailure.class, () -> pinning.send(
                    SoapFixture.outbound(MessageIds.next(), SoapFixture.declaration(), pinnedToNothing)));

            assertTrue(taken.detail().startsWith("customs ACC, MRN"), taken.detail());
            assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, refused.kind());
            assertTrue(refused.getMessage().contains("SIGNER_NOT_REGISTERED"), refused.describe());
            assertEquals(DeliveryFailure.Kind.MISCONFIGURED, misconfigured.kind());
        }
    }

    @Test
    void settingsAreCheckedAtStartUp() {
        assertEquals(java.util.List.of(), fixture.channel.problems("zoll-hamburg",
                Map.of("url", "https://customs.example/declarations", "connectTimeout", "PT5S", "readTimeout", "PT2M")));
        assertEquals(java.util.List.of(
                        "soap: url is missing (the customs service's endpoint, e.g. https://customs.example/declarations)",
                        "soap: readTimeout '60' is not an ISO-8601 duration such as PT10S"),
                fixture.channel.problems("zoll-hamburg", Map.of("readTimeout", "60")));
        assertEquals(java.util.List.of("soap: url ftp://customs.example/x is not an http or https URL with a host"),
                fixture.channel.problems("zoll-hamburg", Map.of("url", "ftp://customs.example/x")));
    }

    @Test
    void aDocumentThatIsNotADeclarationIsNotSentOverSoap() {
        fixture.startCustoms();
        Outbound invoice = fixture.toCustoms("UNA:+.? 'UNB+UNOC:3+X+Y'".getBytes(StandardCharsets.US_ASCII));

        DeliveryFailure failure = assertThrows(DeliveryFailure.class, () -> fixture.channel.send(invoice));

        assertEquals(DeliveryFailure.Kind.MISCONFIGURED, failure.kind());
        assertEquals(0, fixture.customs.registry().calls());
    }
}
