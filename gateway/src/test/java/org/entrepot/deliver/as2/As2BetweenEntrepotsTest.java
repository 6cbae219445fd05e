package org.entrepot.deliver.as2;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.receive.InboundDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Two Entrepot gateways talk AS2 to each other over loopback: the seller's sends, the buyer's receives. */
class As2BetweenEntrepotsTest {

    @TempDir
    Path folder;

    private As2Endpoint seller;
    private As2Endpoint buyer;
    private Map<String, String> toBuyer;

    @BeforeEach
    void startBothGateways() throws Exception {
        Path sellerData = folder.resolve("seller");
        Path buyerData = folder.resolve("buyer");
        var sellerKey = As2Endpoint.gatewayKey(sellerData, "seller");
        var buyerKey = As2Endpoint.gatewayKey(buyerData, "buyer");
        As2Endpoint.trust(buyerData, "seller-gw", sellerKey.certificate());
        As2Endpoint.trust(sellerData, "buyer-gw", buyerKey.certificate());
        int sellerPort = As2Endpoint.freePort();
        int buyerPort = As2Endpoint.freePort();
        toBuyer = new HashMap<>(Map.of("url", As2Endpoint.url(buyerPort), "as2Id", "BUYER-GW", "certificate", "buyer-gw",
                "encrypt", "aes256-gcm", "compress", "true", "readTimeout", "PT20S"));
        Map<String, String> toSeller = Map.of("url", As2Endpoint.url(sellerPort), "as2Id", "SELLER-GW",
                "certificate", "seller-gw");
        seller = As2Endpoint.start(sellerData, "SELLER-GW", sellerPort, As2Endpoint.partnerFile("buyer", toBuyer));
        buyer = As2Endpoint.start(buyerData, "BUYER-GW", buyerPort, As2Endpoint.partnerFile("seller", toSeller));
    }

    @AfterEach
    void stop() {
        seller.close();
        buyer.close();
    }

    @Test
    void aSignedEncryptedCompressedInvoiceIsDeliveredWithASignedSyncMdnWhoseMicMatches() throws Exception {
        Outbound invoice = As2Endpoint.invoice("buyer", toBuyer, As2Endpoint.INVOIC);

        Transmission transmission = seller.channel.send(invoice);

        assertEquals(Transmission.Status.DELIVERED, transmission.status());
        assertTrue(transmission.detail().contains("processed, signed, MIC"), transmission.detail());
        assertEquals("mdn", transmission.evidence().get(0).step());
        assertEquals(1, buyer.received.size());
        InboundDocument document = buyer.received.get(0);
        assertArrayEquals(As2Endpoint.INVOIC.getBytes(StandardCharsets.ISO_8859_1), document.content());
        assertEquals("as2", document.metadata(InboundDocument.CHANNEL));
        assertEquals("seller", document.metadata(InboundDocument.AUTHENTICATED_PARTNER));
        assertEquals(invoice.transmissionId() + "@SELLER-GW", document.metadata(InboundDocument.TRANSPORT_MESSAGE_ID));
        assertEquals("invoice-1.edi", document.metadata(InboundDocument.FILE_NAME));
        assertEquals("application/edifact", document.metadata(InboundDocument.CONTENT_TYPE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "aes128-cbc", "aes256-cbc", "aes128-gcm", "aes256-gcm"})
    void everyEncryptionTheSettingNamesArrivesIntact(String encryption) throws Exception {
        toBuyer.put("encrypt", encryption);
        toBuyer.put("compress", "false");

        Transmission transmission = seller.channel.send(As2Endpoint.invoice("buyer", toBuyer, As2Endpoint.INVOIC));

        assertEquals(Transmission.Status.DELIVERED, transmission.status());
        assertArrayEquals(As2Endpoint.INVOIC.getBytes(StandardCharsets.ISO_8859_1), buyer.received.get(0).content());
    }

    @Test
    void anAsyncMdnArrivesLaterAndIsReportedAsDelivered() throws Exception {
        toBuyer.put("mdn", "async");
        Outbound invoice = As2Endpoint.invoice("buyer", toBuyer, As2Endpoint.INVOIC);

        Transmission transmission = seller.channel.send(invoice);

        assertEquals(Transmission.Status.AWAITING_RECEIPT, transmission.status());
        await().atMost(Duration.ofSeconds(60)).until(() -> seller.delivered.containsKey(invoice.transmissionId()));
        Transmission receipt = seller.delivered.get(invoice.transmissionId());
        assertEquals(Transmission.Status.DELIVERED, receipt.status());
        assertTrue(receipt.detail().contains("MIC"), receipt.detail());
        assertEquals(1, buyer.received.size());
        assertTrue(seller.failed.isEmpty());
    }

    @Test
    void aResendKeepsItsMessageIdAndTheReceiverAnswersItAsADuplicate() throws Exception {
        Outbound invoice = As2Endpoint.invoice("buyer", toBuyer, As2Endpoint.INVOIC);

        Transmission first = seller.channel.send(invoice);
        Transmission again = seller.channel.send(invoice.attempt(2));

        assertEquals(Transmission.Status.DELIVERED, first.status());
        assertEquals(Transmission.Status.DELIVERED, again.status());
        assertTrue(again.detail().contains("duplicate-document"), again.detail());
        assertEquals(2, buyer.received.size());
        assertEquals(buyer.received.get(0).metadata(InboundDocument.TRANSPORT_MESSAGE_ID),
                buyer.received.get(1).metadata(InboundDocument.TRANSPORT_MESSAGE_ID));
    }

    @Test
    void aPeerThatIsDownIsUnreachableAndTheSameDocumentIsDeliveredOnceItIsBack() throws Exception {
        Outbound invoice = As2Endpoint.invoice("buyer", toBuyer, As2Endpoint.INVOIC);
        buyer.close();

        DeliveryFailure failure = assertThrows(DeliveryFailure.class, () -> seller.channel.send(invoice));
        assertEquals(DeliveryFailure.Kind.UNREACHABLE, failure.kind());

        buyer = As2Endpoint.start(buyer.data, "BUYER-GW", buyer.port, As2Endpoint.partnerFile("seller",
                Map.of("url", seller.url(), "as2Id", "SELLER-GW", "certificate", "seller-gw")));
        Transmission transmission = seller.channel.send(invoice.attempt(2));
        assertEquals(Transmission.Status.DELIVERED, transmission.status());
        assertEquals(1, buyer.received.size());
    }

    @Test
    void aQueueThatCannotTakeTheDocumentGetsNoMdnSoTheSenderTriesAgain() throws Exception {
        buyer.intakeFailure = new IllegalStateException("broker full");

        DeliveryFailure failure = assertThrows(DeliveryFailure.class,
                () -> seller.channel.send(As2Endpoint.invoice("buyer", toBuyer, As2Endpoint.INVOIC)));

        assertEquals(DeliveryFailure.Kind.REFUSED, failure.kind());
        assertTrue(failure.getMessage().contains("503"), failure.getMessage());
    }
}
