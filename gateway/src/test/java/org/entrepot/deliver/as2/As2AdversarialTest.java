package org.entrepot.deliver.as2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.receive.InboundDocument;
import org.entrepot.sign.CmsSigner;
import org.entrepot.sign.DemoPki;
import org.entrepot.sign.SigningKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile peer or a man in the middle can try against Entrepot's AS2 side, each refused
 * with a precise reason, nothing half-received, and the server still serving afterwards.
 */
class As2AdversarialTest {

    @TempDir
    Path folder;

    private As2Endpoint buyer;
    private SigningKey sellerKey;
    private SigningKey buyerKey;
    private SigningKey malloryKey;
    private final HttpClient http = HttpClient.newHttpClient();
    private final CmsSigner signer = new CmsSigner();
    private HttpServer fakePeer;

    @BeforeEach
    void startTheBuyersGateway() throws Exception {
        Path sellerData = folder.resolve("seller");
        Path buyerData = folder.resolve("buyer");
        sellerKey = As2Endpoint.gatewayKey(sellerData, "seller");
        buyerKey = As2Endpoint.gatewayKey(buyerData, "buyer");
        // mallory's certificate comes from the buyer's own CA: trusted issuer, but not the seller's registered key
        malloryKey = DemoPki.ensure(buyerData.resolve("pki"), List.of("mallory")).partnerKey("mallory").orElseThrow();
        As2Endpoint.trust(buyerData, "seller-gw", sellerKey.certificate());
        buyer = As2Endpoint.start(buyerData, "BUYER-GW", As2Endpoint.freePort(), As2Endpoint.partnerFile("seller",
                Map.of("url", "http://127.0.0.1:9/as2", "as2Id", "SELLER-GW", "certificate", "seller-gw")));
    }

    @AfterEach
    void stop() {
        buyer.close();
        if (fakePeer != null) {
            fakePeer.stop(0);
        }
    }

    // --- inbound: messages a hostile peer sends to the buyer's AS2 server ---

    @Test
    void aMessageSignedByAnotherKeyThanTheSellersIsRefusedAsAuthenticationFailed() throws Exception {
        HttpResponse<byte[]> answer = post(signedMessage(malloryKey, As2Endpoint.INVOIC, "inv.edi"), "<forged-1@SELLER-GW>", Map.of());

        Mdn mdn = mdnOf(answer);
        assertEquals("processed/error: authentication-failed", mdn.outcome());
        assertTrue(text(answer).contains("SIGNER_NOT_REGISTERED"), text(answer));
        assertTrue(buyer.received.isEmpty());
        assertServerStillServes();
    }

    @Test
    void aSignedMessageWhoseContentWasAlteredAfterSigningFailsTheIntegrityCheck() throws Exception {
        MimeEntity signed = signedMessage(sellerKey, As2Endpoint.INVOIC, "inv.edi");
        byte[] tampered = new String(signed.body(), StandardCharsets.ISO_8859_1).replace("INV-2026-001", "INV-2026-999")
                .getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<byte[]> answer = post(MimeEntity.fromHttp(signed.header("Content-Type").orElseThrow(), null, tampered),
                "<tampered-1@SELLER-GW>", Map.of());

        assertEquals("processed/error: integrity-check-failed", mdnOf(answer).outcome());
        assertTrue(text(answer).contains("SIGNATURE_INVALID"), text(answer));
        assertTrue(buyer.received.isEmpty());
    }

    @Test
    void anUnsignedMessageFromAPartnerWhoseMessagesMustBeSignedIsRefused() throws Exception {
        HttpResponse<byte[]> answer = post(plainMessage(As2Endpoint.INVOIC, "inv.edi"), "<unsigned-1@SELLER-GW>", Map.of());

        assertEquals("processed/error: insufficient-message-security", mdnOf(answer).outcome());
        assertTrue(text(answer).contains("SIGNATURE_MISSING"), text(answer));
        assertTrue(buyer.received.isEmpty());
    }

    @Test
    void anUnknownAs2FromIsRefusedWithoutLookingAtTheMessage() throws Exception {
        HttpResponse<byte[]> answer = post(signedMessage(sellerKey, As2Endpoint.INVOIC, "inv.edi"), "<who-1@X>",
                Map.of("AS2-From", "SOMEONE-ELSE"));

        assertEquals(403, answer.statusCode());
        assertTrue(text(answer).startsWith("NOT_AUTHENTICATED"), text(answer));
        assertTrue(buyer.received.isEmpty());
    }

    @Test
    void aReplayedMessageIdIsAnsweredAsADuplicateAndCarriesItsIdToTheDuplicateRegister() throws Exception {
        MimeEntity captured = signedMessage(sellerKey, As2Endpoint.INVOIC, "inv.edi");

        HttpResponse<byte[]> first = post(captured, "<replayed-1@SELLER-GW>", Map.of());
        HttpResponse<byte[]> replay = post(captured, "<replayed-1@SELLER-GW>", Map.of());

        assertEquals("processed", mdnOf(first).outcome());
        assertEquals("processed/warning: duplicate-document", mdnOf(replay).outcome());
        assertEquals(2, buyer.received.size());
        // the same transport id twice: the pipeline's persistent duplicate register refuses the second
        assertEquals("replayed-1@SELLER-GW", buyer.received.get(0).metadata(InboundDocument.TRANSPORT_MESSAGE_ID));
        assertEquals("replayed-1@SELLER-GW", buyer.received.get(1).metadata(InboundDocument.TRANSPORT_MESSAGE_ID));
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWithoutBeingKept() throws Exception {
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'A');

        HttpResponse<byte[]> answer = post(plainMessage(new String(huge, StandardCharsets.ISO_8859_1), "big.edi"),
                "<huge-1@SELLER-GW>", Map.of());

        assertEquals(413, answer.statusCode());
        assertTrue(text(answer).startsWith("DOCUMENT_TOO_LARGE"), text(answer));
        assertTrue(buyer.received.isEmpty());
        assertServerStillServes();
    }

    @Test
    void aCompressedZipBombIsStoppedAtTheLimitWhileExpanding() throws Exception {
        // 64 MiB of the same byte: about 64 KiB compressed, well under the wire limit
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/EDIFACT");
        MimeEntity bomb = Smime.compress(MimeEntity.of(headers, new byte[64 * 1024 * 1024]));
        assertTrue(bomb.bytes().length < 1024 * 1024, "the bomb must get past the wire limit");

        HttpResponse<byte[]> answer = post(Smime.sign(bomb, sellerKey, signer), "<bomb-1@SELLER-GW>", Map.of());

        assertTrue(mdnOf(answer).outcome().startsWith("processed/error"), mdnOf(answer).outcome());
        assertTrue(text(answer).contains("DOCUMENT_TOO_LARGE"), text(answer));
        assertTrue(buyer.received.isEmpty());
        assertServerStillServes();
    }

    @Test
    void aPathTraversalFileNameKeepsOnlyItsLastSegmentAsDisplayName() throws Exception {
        post(signedMessage(sellerKey, As2Endpoint.INVOIC, "../../../etc/passwd"), "<path-1@SELLER-GW>", Map.of());
        post(signedMessage(sellerKey, As2Endpoint.INVOIC, "..\\..\\windows\\win.ini"), "<path-2@SELLER-GW>", Map.of());
        post(signedMessage(sellerKey, As2Endpoint.INVOIC, ".."), "<path-3@SELLER-GW>", Map.of());

        assertEquals(3, buyer.received.size());
        assertEquals("passwd", buyer.received.get(0).metadata(InboundDocument.FILE_NAME));
        assertEquals("win.ini", buyer.received.get(1).metadata(InboundDocument.FILE_NAME));
        assertFalse(buyer.received.get(2).metadata().containsKey(InboundDocument.FILE_NAME));
    }

    @Test
    void camelHeadersInAnyLetterCaseAndStrangeMessageIdsDoNotReachTheFlow() throws Exception {
        Map<String, String> injected = new HashMap<>();
        injected.put("CamelFileName", "../../evil.edi");
        injected.put("camelhttpuri", "/admin");
        injected.put("CAMELAS2.EDIMESSAGE", "x");
        injected.put("cAmElOverruleFileName", "evil");

        HttpResponse<byte[]> answer = post(signedMessage(sellerKey, As2Endpoint.INVOIC, "inv.edi"), "<inject-1@SELLER-GW>", injected);
        HttpResponse<byte[]> badId = post(signedMessage(sellerKey, As2Endpoint.INVOIC, "inv.edi"), "<a b\"c>", Map.of());

        assertEquals("processed", mdnOf(answer).outcome());
        assertEquals(Set.of(InboundDocument.CHANNEL, InboundDocument.AUTHENTICATED_PARTNER, InboundDocument.RECEIVED_AT,
                InboundDocument.TRANSPORT_MESSAGE_ID, InboundDocument.CONTENT_TYPE, InboundDocument.REMOTE_ADDRESS,
                InboundDocument.FILE_NAME), buyer.received.get(0).metadata().keySet());
        assertEquals("inv.edi", buyer.received.get(0).metadata(InboundDocument.FILE_NAME));
        assertEquals(400, badId.statusCode());
        assertEquals(1, buyer.received.size());
    }

    // --- outbound: receipts a hostile or broken peer returns to the buyer's sends ---

    @Test
    void anMdnWhoseMicDoesNotMatchWhatWeSentIsNoReceipt() throws Exception {
        DeliveryFailure failure = sendToFakePeer(messageId -> Mdn.write("fake", "SELLER-GW", messageId, "processed",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=, sha-256", "ok", sellerKey, signer));

        assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind());
        assertTrue(failure.getMessage().contains("returns MIC AAAA"), failure.getMessage());
        assertTrue(failure.evidence() != null && failure.evidence().content().length > 0);
    }

    @Test
    void anMdnWithoutAMicIsNoReceipt() throws Exception {
        DeliveryFailure failure = sendToFakePeer(messageId -> Mdn.write("fake", "SELLER-GW", messageId, "processed",
                null, "ok", sellerKey, signer));

        assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind());
        assertTrue(failure.getMessage().contains("no Received-Content-MIC"), failure.getMessage());
    }

    @Test
    void anUnsignedMdnWhenASignedOneWasAskedForIsNoReceipt() throws Exception {
        DeliveryFailure failure = sendToFakePeer(messageId -> Mdn.write("fake", "SELLER-GW", messageId, "processed",
                "irrelevant, sha-256", "ok", null, signer));

        assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind());
        assertTrue(failure.getMessage().contains("SIGNATURE_MISSING"), failure.getMessage());
    }

    @Test
    void anMdnSignedByAnyoneButThePartnerIsNoReceipt() throws Exception {
        DeliveryFailure failure = sendToFakePeer(messageId -> Mdn.write("fake", "SELLER-GW", messageId, "processed",
                "irrelevant, sha-256", "ok", malloryKey, signer));

        assertEquals(DeliveryFailure.Kind.RECEIPT_INVALID, failure.kind());
        assertTrue(failure.getMessage().contains("SIGNER_NOT_REGISTERED"), failure.getMessage());
    }

    // --- helpers ---

    private DeliveryFailure sendToFakePeer(Function<String, MimeEntity> mdnFor) throws Exception {
        fakePeer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 5);
        fakePeer.createContext("/as2", exchange -> {
            exchange.getRequestBody().readAllBytes();
            MimeEntity mdn = mdnFor.apply(MessageIds.bare(exchange.getRequestHeaders().getFirst("Message-ID")));
            exchange.getResponseHeaders().add("Content-Type", mdn.header("Content-Type").orElseThrow());
            exchange.sendResponseHeaders(200, mdn.body().length);
            exchange.getResponseBody().write(mdn.body());
            exchange.close();
        });
        fakePeer.start();
        Map<String, String> toFake = Map.of("url", "http://127.0.0.1:" + fakePeer.getAddress().getPort() + "/as2",
                "as2Id", "SELLER-GW", "certificate", "seller-gw", "encrypt", "none");
        return assertThrows(DeliveryFailure.class, () -> buyer.channel.send(As2Endpoint.invoice("seller", toFake, As2Endpoint.INVOIC)));
    }

    private MimeEntity plainMessage(String content, String fileName) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/EDIFACT");
        headers.put("Content-Disposition", "attachment; filename=\"" + fileName.replace("\\", "\\\\") + "\"");
        return MimeEntity.of(headers, content.getBytes(StandardCharsets.ISO_8859_1));
    }

    private MimeEntity signedMessage(SigningKey key, String content, String fileName) {
        return Smime.sign(plainMessage(content, fileName), key, signer);
    }

    private HttpResponse<byte[]> post(MimeEntity entity, String messageId, Map<String, String> extraHeaders) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(buyer.url()))
                .header("AS2-Version", "1.2")
                .header("AS2-From", "SELLER-GW")
                .header("AS2-To", "BUYER-GW")
                .header("Message-ID", messageId)
                .header("Content-Type", entity.header("Content-Type").orElseThrow())
                .header("Disposition-Notification-To", "as2@seller.example")
                .header("Disposition-Notification-Options",
                        "signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, sha-256");
        Map<String, String> headers = new HashMap<>(extraHeaders);
        String as2From = headers.remove("AS2-From");
        if (as2From != null) {
            request.setHeader("AS2-From", as2From);
        }
        headers.forEach(request::header);
        return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(entity.body())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Mdn mdnOf(HttpResponse<byte[]> answer) throws As2Refusal {
        assertEquals(200, answer.statusCode(), () -> text(answer));
        MimeEntity entity = As2Sender.mdnIn(answer).orElseThrow();
        return Mdn.read(entity, List.of(buyerKey.certificate()), true);
    }

    private static String text(HttpResponse<byte[]> answer) {
        return new String(answer.body(), StandardCharsets.ISO_8859_1);
    }

    private void assertServerStillServes() throws Exception {
        int before = buyer.received.size();
        HttpResponse<byte[]> answer = post(signedMessage(sellerKey, As2Endpoint.INVOIC, "inv.edi"),
                "<alive-" + System.nanoTime() + "@SELLER-GW>", Map.of());
        assertEquals("processed", mdnOf(answer).outcome());
        assertEquals(before + 1, buyer.received.size());
        assertArrayEquals(As2Endpoint.INVOIC.getBytes(StandardCharsets.ISO_8859_1),
                buyer.received.get(buyer.received.size() - 1).content());
    }
}
