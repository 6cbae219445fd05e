package org.entrepot.deliver.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.sign.ChannelTestKeys;
import org.entrepot.sign.SigningKey;
import org.entrepot.track.MessageIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * What a hostile or broken peer can do to the SOAP channel, both ways: every attempt is refused
 * with its reason, nothing reaches the flow, and the endpoint keeps serving honest requests.
 */
class SoapAdversarialTest {

    private static final int LIMIT = 64 * 1024;

    // one demo PKI for the class: generating it costs seconds, and no test changes it
    @TempDir
    static Path data;

    private SoapFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new SoapFixture(data, Map.of("entrepot.max.document.bytes", "64KiB"));
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    // ---- requests to our endpoint ----

    @Test
    void anUnsignedDeclarationIsRefused() throws Exception {
        byte[] envelope = SoapXml.bytes(new javax.xml.transform.dom.DOMSource(
                BrokerEnvelopes.envelope(SoapFixture.declaration(), "HZS-A-0001")));

        HttpResponse<String> answer = post(envelope);

        assertRefused(answer, "SIGNATURE_MISSING");
        stillServesHonestBrokers();
    }

    @Test
    void aDeclarationAlteredAfterSigningIsRefused() throws Exception {
        String signed = new String(BrokerEnvelopes.signed(SoapFixture.declaration(), "HZS-A-0002", broker()),
                StandardCharsets.UTF_8);
        byte[] forged = signed.replace("7420.00", "742.00").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = post(forged);

        assertRefused(answer, "SIGNATURE_INVALID");
        stillServesHonestBrokers();
    }

    @Test
    void aSignatureByACertificateNoPartnerRegisteredIsRefused() throws Exception {
        // issued by the demo CA, so the chain is trusted, but no partner registered it
        SigningKey stranger = ChannelTestKeys.unregisteredFromDemoCa(fixture.pki, "CN=hanse-zoll,O=Entrepot demo partner");
        byte[] envelope = BrokerEnvelopes.signed(SoapFixture.declaration(), "HZS-A-0003", stranger);

        HttpResponse<String> answer = post(envelope);

        assertRefused(answer, "SIGNER_NOT_REGISTERED");
    }

    @Test
    void aSelfSignedCertificateIsNotTrusted() throws Exception {
        SigningKey selfSigned = ChannelTestKeys.selfSigned("CN=hanse-zoll,O=Entrepot demo partner");
        byte[] envelope = BrokerEnvelopes.signed(SoapFixture.declaration(), "HZS-A-0004", selfSigned);

        HttpResponse<String> answer = post(envelope);

        assertRefused(answer, "SIGNER_NOT_TRUSTED");
    }

    @Test
    void aTransmissionIdOutsideTheSignatureIsRefused() throws Exception {
        Document envelope = BrokerEnvelopes.envelope(SoapFixture.declaration(), "HZS-A-0005");
        byte[] signedWithoutHeader = BrokerEnvelopes.sign(envelope, broker(), false);

        HttpResponse<String> answer = post(signedWithoutHeader);

        assertRefused(answer, "SIGNATURE_WRAPPED");
    }

    @Test
    void aReplayedRequestIsRefusedTheSecondTime() throws Exception {
        byte[] envelope = BrokerEnvelopes.signed(SoapFixture.declaration(), "HZS-A-0006", broker());

        HttpResponse<String> first = post(envelope);
        HttpResponse<String> replay = post(envelope);

        assertEquals(200, first.statusCode(), first.body());
        assertEquals(500, replay.statusCode(), replay.body());
        assertTrue(replay.body().contains("DUPLICATE_INTERCHANGE") && replay.body().contains("replay"), replay.body());
        assertEquals(1, fixture.received.size(), "the replay never reaches the flow");
    }

    @Test
    void anOversizedRequestIsRefusedBeforeItIsParsed() throws Exception {
        String padding = "<!--" + "x".repeat(LIMIT + 70_000) + "-->";
        String declaration = new String(SoapFixture.declaration(), StandardCharsets.UTF_8)
                .replace("<FunctionCode>", padding + "<FunctionCode>");
        byte[] envelope = BrokerEnvelopes.signed(declaration.getBytes(StandardCharsets.UTF_8), "HZS-A-0007", broker());

        HttpResponse<String> declared = post(envelope);
        HttpResponse<String> chunked = BrokerEnvelopes.postChunked(fixture.channel.submissionAddress(), envelope);

        assertEquals(413, declared.statusCode(), declared.body());
        assertTrue(declared.body().contains("DOCUMENT_TOO_LARGE"), declared.body());
        assertTrue(chunked.statusCode() >= 400, chunked.statusCode() + " " + chunked.body());
        assertTrue(chunked.body().contains("<faultstring>DOCUMENT_TOO_LARGE: "), chunked.body());
        assertTrue(fixture.received.isEmpty());
        stillServesHonestBrokers();
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndNothingIsRead() throws Exception {
        Path secret = data.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-CONTENT");
        String envelope = new String(BrokerEnvelopes.signed(SoapFixture.declaration(), "HZS-A-0008", broker()),
                StandardCharsets.UTF_8);
        String withDoctype = "<!DOCTYPE s:Envelope [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + envelope.substring(envelope.indexOf("<s:Envelope")).replace("Nordwind Handel GmbH", "&xxe;");

        HttpResponse<String> answer = post(withDoctype.getBytes(StandardCharsets.UTF_8));

        assertTrue(answer.statusCode() >= 400, answer.body());
        assertTrue(answer.body().contains("MALFORMED_XML"), answer.body());
        assertFalse(answer.body().contains("TOP-SECRET"), answer.body());
        assertTrue(fixture.received.isEmpty());
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        StringBuilder entities = new StringBuilder("<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            entities.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String envelope = "<!DOCTYPE s:Envelope [" + entities + "]><s:Envelope xmlns:s=\"" + WsSecurity.SOAP11
                + "\"><s:Body><x>&a9;</x></s:Body></s:Envelope>";

        HttpResponse<String> answer = post(envelope.getBytes(StandardCharsets.UTF_8));

        assertTrue(answer.statusCode() >= 400, answer.body());
        assertTrue(answer.body().contains("MALFORMED_XML"), answer.body());
        assertFalse(answer.body().contains("lollol"));
        stillServesHonestBrokers();
    }

    @Test
    void aTransmissionIdThatCouldBreakHeadersOrPathsIsRefused() throws Exception {
        byte[] envelope = BrokerEnvelopes.signed(SoapFixture.declaration(), "../../etc/passwd&#13;&#10;X-Evil: 1", broker());

        HttpResponse<String> answer = post(envelope);

        assertRefused(answer, "INVALID_ELEMENT");
    }

    @Test
    void aMandatoryHeaderTheEndpointDoesNotKnowIsRefused() throws Exception {
        Document envelope = BrokerEnvelopes.envelope(SoapFixture.declaration(), "HZS-A-0010");
        org.w3c.dom.Element header = (org.w3c.dom.Element) envelope.getElementsByTagNameNS(WsSecurity.SOAP11, "Header").item(0);
        org.w3c.dom.Element camel = envelope.createElementNS("urn:camel", "c:CamelFileName");
        camel.setAttributeNS(WsSecurity.SOAP11, "s:mustUnderstand", "1");
        camel.setTextContent("../../evil.xml");
        header.appendChild(camel);

        HttpResponse<String> answer = post(BrokerEnvelopes.sign(envelope, broker(), true));

        assertRefused(answer, "BAD_INTERCHANGE_HEADER: MustUnderstand");
    }

    // ---- answers from customs ----

    @Test
    void anUnsignedAnswerFromCustomsIsNotAReceipt() throws Exception {
        fixture.customs = TestCustomsService.start(0, null, fixture.pki.gatewayKey().certificate(), fixture.pki.trustAnchors());

        DeliveryFailure failure = assertThrows(DeliveryFailure.class,
                () -> fixture.channel.send(fixture.toCustoms(SoapFixture.declaration())));

        assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind(), failure.describe());
        assertTrue(failure.getMessage().contains("SIGNATURE_MISSING"), failure.describe());
        assertTrue(fixture.received.isEmpty());
        assertTrue(failure.evidence() != null, "the answer is kept as evidence");
    }

    @Test
    void anAnswerSignedByAnotherPartnerIsNotAReceipt() throws Exception {
        fixture.customs = TestCustomsService.start(0, broker(), fixture.pki.gatewayKey().certificate(),
                fixture.pki.trustAnchors());

        DeliveryFailure failure = assertThrows(DeliveryFailure.class,
                () -> fixture.channel.send(fixture.toCustoms(SoapFixture.declaration())));

        assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind(), failure.describe());
        assertTrue(failure.getMessage().contains("SIGNER_NOT_REGISTERED"), failure.describe());
        assertTrue(fixture.received.isEmpty());
    }

    @Test
    void aForgedAnswerIsNotAReceipt() throws Exception {
        fixture.startCustoms();
        Transmission genuine = fixture.channel.send(fixture.toCustoms(SoapFixture.declaration()));
        String envelope = new String(genuine.evidence().get(0).content(), StandardCharsets.UTF_8);
        java.util.regex.Matcher found = java.util.regex.Pattern.compile("MRN>([0-9A-Z]+)</").matcher(envelope);
        assertTrue(found.find(), envelope);
        String mrn = found.group(1);
        // a fresh Created too, so that the replay cache does not catch it first: the signature must
        String forgedText = envelope.replace(mrn, "26DE999999999999X")
                .replaceFirst("Created>[^<]+</", "Created>" + java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS) + "</");
        byte[] forged = forgedText.getBytes(StandardCharsets.UTF_8);

        try (Replaying peer = new Replaying(forged)) {
            DeliveryFailure failure = assertThrows(DeliveryFailure.class,
                    () -> fixture.channel.send(toPeer(peer, SoapFixture.declaration())));

            assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind(), failure.describe());
            assertTrue(failure.getMessage().contains("SIGNATURE_INVALID"), failure.describe());
        }
        assertEquals(1, fixture.received.size(), "only the genuine answer reached the flow");
    }

    @Test
    void aReplayedAnswerIsNotAReceiptForAnotherTransmission() throws Exception {
        fixture.startCustoms();
        Transmission genuine = fixture.channel.send(fixture.toCustoms(SoapFixture.declaration()));

        try (Replaying peer = new Replaying(genuine.evidence().get(0).content())) {
            DeliveryFailure failure = assertThrows(DeliveryFailure.class,
                    () -> fixture.channel.send(toPeer(peer, SoapFixture.declaration())));

            assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind(), failure.describe());
            assertTrue(failure.getMessage().contains("DUPLICATE_INTERCHANGE"), failure.describe());
        }
        assertEquals(1, fixture.received.size());
    }

    @Test
    void anAnswerAboutAnotherDeclarationIsNotAReceipt() throws Exception {
        fixture.startCustoms();

        DeliveryFailure failure;
        Transmission genuine = fixture.channel.send(fixture.toCustoms(SoapFixture.declaration()));
        try (Replaying peer = new Replaying(genuine.evidence().get(0).content())) {
            failure = assertThrows(DeliveryFailure.class, () -> fixture.channel.send(toPeer(peer,
                    SoapFixture.declaration("HZS-2026-000417", "HZS-2026-000999"))));
        }

        assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind(), failure.describe());
    }

    @Test
    void anAnswerWithADoctypeIsNotReadAndNotAReceipt() throws Exception {
        Path secret = data.resolve("customs-secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-CONTENT");
        String answer = "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<s:Envelope xmlns:s=\"" + WsSecurity.SOAP11 + "\"><s:Body><Response xmlns=\""
                + SoapNames.RESPONSE_NAMESPACE + "\"><ID>&xxe;</ID></Response></s:Body></s:Envelope>";

        try (Replaying peer = new Replaying(answer.getBytes(StandardCharsets.UTF_8))) {
            DeliveryFailure failure = assertThrows(DeliveryFailure.class,
                    () -> fixture.channel.send(toPeer(peer, SoapFixture.declaration())));

            assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind(), failure.describe());
            assertTrue(failure.getMessage().contains("MALFORMED_XML"), failure.describe());
            assertFalse(failure.getMessage().contains("TOP-SECRET"));
        }
        assertTrue(fixture.received.isEmpty());
    }

    @Test
    void anOversizedAnswerIsNotReadAndNotAReceipt() throws Exception {
        byte[] huge = ("<s:Envelope xmlns:s=\"" + WsSecurity.SOAP11 + "\"><s:Body><!--" + "x".repeat(LIMIT + 70_000)
                + "--></s:Body></s:Envelope>").getBytes(StandardCharsets.UTF_8);

        try (Replaying peer = new Replaying(huge)) {
            DeliveryFailure failure = assertThrows(DeliveryFailure.class,
                    () -> fixture.channel.send(toPeer(peer, SoapFixture.declaration())));

            assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind(), failure.describe());
            assertTrue(failure.getMessage().contains("DOCUMENT_TOO_LARGE"), failure.describe());
        }
        assertTrue(fixture.received.isEmpty());
    }

    // ---- helpers ----

    private SigningKey broker() {
        return fixture.pki.partnerKey(SoapFixture.BROKER).orElseThrow();
    }

    private HttpResponse<String> post(byte[] envelope) throws Exception {
        return BrokerEnvelopes.post(fixture.channel.submissionAddress(), envelope);
    }

    private void assertRefused(HttpResponse<String> answer, String reason) {
        assertEquals(500, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Fault") && answer.body().contains(reason), answer.body());
        assertTrue(fixture.received.isEmpty(), "nothing refused reaches the flow");
    }

    private void stillServesHonestBrokers() throws Exception {
        int before = fixture.received.size();
        HttpResponse<String> honest = post(BrokerEnvelopes.signed(SoapFixture.declaration(),
                "HZS-OK-" + MessageIds.next(), broker()));
        assertEquals(200, honest.statusCode(), honest.body());
        assertEquals(before + 1, fixture.received.size());
    }

    private static Outbound toPeer(Replaying peer, byte[] declaration) {
        return SoapFixture.outbound(MessageIds.next(), declaration, Map.of("url", peer.address(), "readTimeout", "PT20S"));
    }

    /** A peer on loopback that answers every call with the same bytes: a replayed or forged answer. */
    private static final class Replaying implements AutoCloseable {
        private final HttpServer server;
        private final AtomicReference<byte[]> answer;

        Replaying(byte[] answer) throws Exception {
            this.answer = new AtomicReference<>(answer);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=UTF-8");
                byte[] bytes = this.answer.get();
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
        }

        String address() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/customs/declarations";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
