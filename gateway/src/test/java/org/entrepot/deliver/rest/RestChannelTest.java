package org.entrepot.deliver.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.partner.Delivery;
import org.entrepot.partner.Retry;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.PartnerCertificateStore;
import org.entrepot.track.MessageIds;
import org.entrepot.translate.Format;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST channel against a carrier API on loopback: mutual TLS, tokens, answers and failures. */
class RestChannelTest {

    private static final byte[] INSTRUCTION = Samples.read("shipping/meridian-baltica-shipping-instruction.xml");
    private static final String TOKEN = "bLtc-3xAmpl3.T0ken_issued~by/baltica=";

    @TempDir
    Path data;

    private DemoPki pki;
    private ServerCertificates carrierIdentity;
    private TestCarrierApi carrier;
    private RestChannel channel;

    @BeforeEach
    void demoPkiAndChannel() {
        pki = DemoPki.ensure(data.resolve("pki"), List.of());
        carrierIdentity = ServerCertificates.forLoopback("Baltica Container Line");
        registerServerCertificate("baltica-api", carrierIdentity);
        channel = new RestChannel(data.resolve("pki"), data.resolve("secrets"));
    }

    @AfterEach
    void stop() {
        if (carrier != null) {
            carrier.close();
        }
        channel.close();
    }

    @Test
    void aShippingInstructionReachesTheCarrierOverMutualTlsWithItsIdempotencyKey() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, pki.caCertificate(), null);
        Outbound instruction = outbound(settings("auth", "mtls", "serverCertificate", "baltica-api"));

        Transmission sent = channel.send(instruction);

        assertEquals(Transmission.Status.DELIVERED, sent.status());
        assertEquals("rest POST " + carrier.url() + " → 201, carrier reference BLTSI1001", sent.detail());
        assertEquals(1, sent.evidence().size());
        assertEquals("json", sent.evidence().get(0).extension());
        assertEquals("{\"shippingInstructionReference\":\"BLTSI1001\"}",
                new String(sent.evidence().get(0).content(), StandardCharsets.UTF_8));
        TestCarrierApi.Received request = carrier.received().get(0);
        assertEquals(TestCarrierApi.PATH, request.path());
        assertArrayEquals(INSTRUCTION, request.body());
        assertEquals("application/xml", request.header("Content-Type"));
        assertEquals(instruction.transmissionId(), request.header("Idempotency-Key"));
        assertEquals("CN=gateway TLS client,O=Entrepot demo PKI", request.clientSubject());
        assertNull(request.header("Authorization"));
    }

    @Test
    void withATokenTheGatewaySendsTheBearerTokenFromTheSecretsFolderAndNoClientCertificate() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, null, TOKEN);
        writeToken("baltica", TOKEN + "\n");
        Outbound instruction = outbound(settings("auth", "token", "serverFingerprint",
                PartnerCertificateStore.fingerprint(carrierIdentity.certificate())));

        Transmission sent = channel.send(instruction);

        assertEquals(Transmission.Status.DELIVERED, sent.status());
        TestCarrierApi.Received request = carrier.received().get(0);
        assertEquals("Bearer " + TOKEN, request.header("Authorization"));
        assertEquals(instruction.transmissionId(), request.header("Idempotency-Key"));
        assertNull(request.clientSubject());
    }

    @Test
    void aRetryCarriesTheSameIdempotencyKeySoTheCarrierBooksTheInstructionOnce() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, pki.caCertificate(), null);
        Outbound first = outbound(settings("auth", "mtls", "serverCertificate", "baltica-api"));

        Transmission once = channel.send(first);
        Transmission again = channel.send(first.attempt(2));

        assertEquals(2, carrier.received().size());
        carrier.received().forEach(r -> assertEquals(first.transmissionId(), r.header("Idempotency-Key")));
        assertEquals(1, carrier.booked());
        assertEquals(once.detail(), again.detail());
    }

    @Test
    void aDetachedSignatureTravelsInItsHeader() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, pki.caCertificate(), null);
        byte[] signature = {0x30, (byte) 0x82, 0x01, 0x02, 0x7f};
        Outbound signed = new Outbound(MessageIds.next(), 1, "baltica", "meridian-baltica-shipping-instruction",
                new Delivery(Delivery.REST, settings("auth", "mtls", "serverCertificate", "baltica-api"), Retry.DEFAULT),
                "x-1.xml", INSTRUCTION, signature, Format.ENTREPOT, 1);

        channel.send(signed);

        assertEquals("MIIBAn8=", carrier.received().get(0).header(RestChannel.SIGNATURE_HEADER));
    }

    @Test
    void anX12LoadTenderGoesAsEdiWithItsOwnMediaType() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, pki.caCertificate(), null);
        byte[] tender = Samples.read("shipping/lakeside-prairie-204-4010.edi");
        Outbound outbound = new Outbound(MessageIds.next(), 1, "prairie", "lakeside-prairie-shipping-instruction",
                new Delivery(Delivery.REST, settings("auth", "mtls", "serverCertificate", "baltica-api"), Retry.DEFAULT),
                "x-1.x12", tender, null, Format.X12, 1);

        channel.send(outbound);

        assertEquals("application/EDI-X12", carrier.received().get(0).header("Content-Type"));
        assertArrayEquals(tender, carrier.received().get(0).body());
    }

    @Test
    void theCarriersReferenceIsReadFromAnXmlAnswerToo() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, pki.caCertificate(), null);
        carrier.answerWith(request -> new TestCarrierApi.Answer(200, "application/xml; charset=UTF-8",
                "<Receipt xmlns=\"urn:carrier\"><Status>accepted</Status>"
                        + "<ShippingInstructionReference>SI-77</ShippingInstructionReference></Receipt>"));

        Transmission sent = channel.send(outbound(settings("auth", "mtls", "serverCertificate", "baltica-api")));

        assertTrue(sent.detail().endsWith("→ 200, carrier reference SI-77"), sent.detail());
        assertEquals("xml", sent.evidence().get(0).extension());
    }

    @Test
    void aBusyOrFailingCarrierIsATemporaryRefusalAndABadRequestARefusalWithTheCarriersReason() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, pki.caCertificate(), null);
        Map<String, String> settings = settings("auth", "mtls", "serverCertificate", "baltica-api");

        carrier.answerWith(r -> new TestCarrierApi.Answer(503, "text/plain", "maintenance"));
        DeliveryFailure busy = failure(settings);
        assertEquals(DeliveryFailure.Kind.REFUSED, busy.kind());
        assertTrue(busy.getMessage().endsWith("→ 503: maintenance (temporary; tried again)"), busy.getMessage());
        assertArrayEquals("maintenance".getBytes(StandardCharsets.US_ASCII), busy.evidence().content());

        carrier.answerWith(r -> new TestCarrierApi.Answer(429, "application/json", "{\"message\":\"slow down\"}"));
        DeliveryFailure tooMany = failure(settings);
        assertTrue(tooMany.getMessage().endsWith("→ 429: slow down (temporary; tried again)"), tooMany.getMessage());

        carrier.answerWith(r -> new TestCarrierApi.Answer(408, null, ""));
        assertEquals(DeliveryFailure.Kind.TIMEOUT, failure(settings).kind());

        carrier.answerWith(r -> new TestCarrierApi.Answer(422, "application/json",
                "{\"message\":\"CarrierBookingReference BLT2611RTM0233 is unknown\\r\\nX-Injected: yes\"}"));
        DeliveryFailure refused = failure(settings);
        assertEquals(DeliveryFailure.Kind.REFUSED, refused.kind());
        assertTrue(refused.getMessage().endsWith("→ 422: CarrierBookingReference BLT2611RTM0233 is unknown X-Injected: yes"),
                refused.getMessage());
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, pki.caCertificate(), null);
        carrier.answerWith(r -> new TestCarrierApi.Answer(307, "text/plain", "moved"));

        assertEquals(DeliveryFailure.Kind.REFUSED,
                failure(settings("auth", "mtls", "serverCertificate", "baltica-api")).kind());
        assertEquals(1, carrier.received().size());
    }

    @Test
    void aCarrierThatIsDownIsUnreachableAndReachedAgainWhenItIsBack() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, pki.caCertificate(), null);
        carrier.down();
        Map<String, String> settings = settings("auth", "mtls", "serverCertificate", "baltica-api");

        assertEquals(DeliveryFailure.Kind.UNREACHABLE, failure(settings).kind());
        carrier.up();
        assertEquals(Transmission.Status.DELIVERED, channel.send(outbound(settings)).status());
    }

    @Test
    void aCarrierThatDoesNotAnswerWithinTheReadTimeoutIsATimeout() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, pki.caCertificate(), null);
        CountDownLatch release = new CountDownLatch(1);
        carrier.answerWith(r -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new TestCarrierApi.Answer(201, "application/json", "{}");
        });
        try {
            DeliveryFailure slow = failure(settings("auth", "mtls", "serverCertificate", "baltica-api", "readTimeout", "PT1S"));
            assertEquals(DeliveryFailure.Kind.TIMEOUT, slow.kind());
            assertTrue(slow.getMessage().contains("PT1S"), slow.getMessage());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aServerCertificateOtherThanThePinnedOrRegisteredOneIsRefusedBeforeAnythingIsSent() throws Exception {
        ServerCertificates impostor = ServerCertificates.forLoopback("Not Baltica");
        carrier = TestCarrierApi.start(impostor, pki.caCertificate(), null);

        DeliveryFailure registered = failure(settings("auth", "mtls", "serverCertificate", "baltica-api"));
        assertEquals(DeliveryFailure.Kind.UNREACHABLE, registered.kind());
        assertTrue(registered.getMessage().contains("TLS handshake failed"), registered.getMessage());
        DeliveryFailure pinned = failure(settings("auth", "mtls", "serverFingerprint",
                PartnerCertificateStore.fingerprint(carrierIdentity.certificate())));
        assertTrue(pinned.getMessage().contains("TLS handshake failed"), pinned.getMessage());
        assertEquals(0, carrier.received().size());
    }

    @Test
    void aRegisteredCertificateForAnotherHostIsRefused() throws Exception {
        ServerCertificates otherHost = ServerCertificates.forHost("Baltica Container Line", "127.0.0.2");
        registerServerCertificate("baltica-other", otherHost);
        carrier = TestCarrierApi.start(otherHost, pki.caCertificate(), null);

        assertEquals(DeliveryFailure.Kind.UNREACHABLE,
                failure(settings("auth", "mtls", "serverCertificate", "baltica-other")).kind());
        assertEquals(0, carrier.received().size());
    }

    @Test
    void settingsThatCannotWorkAreNamedAtStartUp() {
        assertEquals(List.of(
                        "url 'http://127.0.0.1/x' must be an https address with a host",
                        "auth 'basic' must be mtls or token",
                        "connectTimeout '10s' is not an ISO-8601 duration such as PT10S",
                        "contentType 'application/json': the REST channel sends application/xml only (no JSON conversion yet)",
                        "webhookSignature 'yes' must be true or false"),
                channel.problems("baltica", Map.of("url", "http://127.0.0.1/x", "auth", "basic",
                        "contentType", "application/json", "connectTimeout", "10s", "webhookSignature", "yes")));
        List<String> noToken = channel.problems("baltica", Map.of("url", "https://127.0.0.1/x", "auth", "token",
                "serverCertificate", "baltica-api"));
        assertEquals(1, noToken.size());
        assertTrue(noToken.get(0).startsWith("auth token: put the token baltica issued to the gateway in ")
                && noToken.get(0).endsWith(Path.of("secrets", "rest", "baltica.token").toString()), noToken.get(0));
        List<String> unknownCertificate = channel.problems("baltica", Map.of("url", "https://127.0.0.1/x",
                "serverCertificate", "nobody"));
        assertEquals(1, unknownCertificate.size());
        assertTrue(unknownCertificate.get(0).contains("no certificate 'nobody' in the partner certificate store"),
                unknownCertificate.get(0));
        assertEquals(List.of(), channel.problems("baltica", Map.of("url", "https://127.0.0.1/x",
                "serverCertificate", "baltica-api")));
    }

    @Test
    void onAGatewaysFirstRunTheTlsClientCertificateIsIssuedForClientAuthentication(@TempDir Path fresh) throws Exception {
        RestChannel first = new RestChannel(fresh.resolve("pki"), fresh.resolve("secrets"));

        assertEquals(List.of(), first.problems("baltica", Map.of("url", "https://127.0.0.1/x")));

        var certificate = org.entrepot.sign.TlsClientKey.ensure(fresh.resolve("pki")).certificate();
        assertEquals(List.of("1.3.6.1.5.5.7.3.2"), certificate.getExtendedKeyUsage(), "clientAuth only");
        assertEquals(DemoPki.ensure(fresh.resolve("pki"), List.of()).caCertificate().getSubjectX500Principal(),
                certificate.getIssuerX500Principal());
    }

    @Test
    void aMissingOrBrokenTokenIsAMisconfigurationNotAnAnonymousCall() throws Exception {
        carrier = TestCarrierApi.start(carrierIdentity, null, TOKEN);
        Map<String, String> settings = settings("auth", "token", "serverCertificate", "baltica-api");

        assertEquals(DeliveryFailure.Kind.MISCONFIGURED, failure(settings).kind());
        writeToken("baltica", "two\nlines");
        assertEquals(DeliveryFailure.Kind.MISCONFIGURED, failure(settings).kind());
        assertEquals(0, carrier.received().size());
    }

    private DeliveryFailure failure(Map<String, String> settings) {
        return assertThrows(DeliveryFailure.class, () -> channel.send(outbound(settings)));
    }

    private Map<String, String> settings(String... keysAndValues) {
        Map<String, String> settings = new HashMap<>();
        settings.put("url", carrier == null ? "https://127.0.0.1:1/v1" : carrier.url());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            settings.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return settings;
    }

    private static Outbound outbound(Map<String, String> settings) {
        String messageId = MessageIds.next();
        return new Outbound(messageId, 1, "baltica", "meridian-baltica-shipping-instruction",
                new Delivery(Delivery.REST, settings, Retry.DEFAULT), messageId + "-1.xml", INSTRUCTION, null,
                Format.ENTREPOT, 1);
    }

    private void registerServerCertificate(String alias, ServerCertificates identity) {
        PartnerCertificateStore store = DemoPki.partnerCertificateStore(data.resolve("pki"));
        store.put(alias, identity.certificate());
        DemoPki.save(data.resolve("pki"), store);
    }

    private void writeToken(String carrierId, String token) throws Exception {
        Path folder = Files.createDirectories(data.resolve("secrets").resolve("rest"));
        Files.writeString(folder.resolve(carrierId + ".token"), token, StandardCharsets.US_ASCII);
    }
}
