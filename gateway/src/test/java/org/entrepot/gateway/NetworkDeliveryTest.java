package org.entrepot.gateway;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entrepot.deliver.Channels;
import org.entrepot.track.EventType;
import org.entrepot.track.HeldDocuments;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery route with a receiver on a real loopback socket: retries with backoff while it is
 * down, exactly one delivery once it is back, the dead-letter queue after the last try and a
 * resend from it, and a receiver that is down holding up nobody else.
 */
class NetworkDeliveryTest {

    @TempDir
    Path data;

    private DemoCommunityGateway community;
    private LinePeer globex;
    private LinePeer atlas;

    @AfterEach
    void stop() throws Exception {
        if (community != null) {
            community.close();
        }
        if (globex != null) {
            globex.close();
        }
        if (atlas != null) {
            atlas.close();
        }
    }

    @Test
    void anInvoiceForAReceiverThatIsDownIsRetriedAndDeliveredOnceWhenItIsBack() throws Exception {
        startWithPeers(50);

        community.drop("late.edi", invoice("NW000501"));
        String messageId = community.awaitReceived("late.edi");
        TrackingEvent retry = community.awaitEvent(messageId, EventType.DELIVERY_RETRY);
        assertTrue(retry.detail().startsWith("try 1 of 50 by rest to globex failed: UNREACHABLE: connection refused"),
                retry.detail());
        globex.up();

        TrackingEvent delivered = community.awaitEvent(messageId, EventType.DELIVERED);
        assertTrue(delivered.detail().startsWith("rest to globex: accepted as PEER-1"), delivered.detail());
        String transmission = messageId + "-1";
        Thread.sleep(1500); // a stale retry would arrive within the backoff's maximum
        assertEquals(List.of(transmission), globex.received(), "exactly once");
        assertTrue(new String(globex.document(transmission), StandardCharsets.UTF_8).contains("<Invoice"),
                "the receiver got the UBL invoice the agreement asks for");
        assertTrue(community.gateway().archive().find(messageId, "receipt-1-" + attemptOf(delivered, messageId)).isPresent(),
                "the receiver's answer is archived with the document");
    }

    @Test
    void afterTheLastTryTheInvoiceWaitsInTheDeadLetterQueueAndAResendDeliversIt() throws Exception {
        startWithPeers(3);

        community.drop("dead.edi", invoice("NW000502"));
        String messageId = community.awaitReceived("dead.edi");
        TrackingEvent dead = community.awaitEvent(messageId, EventType.DEAD_LETTER);
        String transmission = messageId + "-1";
        assertTrue(dead.detail().startsWith("try 3 of 3 by rest to globex failed: UNREACHABLE"), dead.detail());
        assertTrue(dead.detail().contains("entrepot deliveries resend " + transmission), dead.detail());
        HeldDocuments deadLetters = HeldDocuments.deadLetters(data);
        HeldDocuments.Held held = deadLetters.get(transmission).orElseThrow();
        assertEquals(3, held.attempts());
        assertEquals("globex", held.receiver());

        globex.up();
        assertTrue(deadLetters.requestResend(transmission));
        community.awaitEvent(messageId, EventType.RESENT);
        TrackingEvent delivered = community.awaitEvent(messageId, EventType.DELIVERED);
        assertTrue(delivered.detail().startsWith("rest to globex: accepted"), delivered.detail());
        assertEquals(List.of(transmission), globex.received());
        assertTrue(deadLetters.list().isEmpty(), "the dead letter is gone once resent");
    }

    @Test
    void aReceiverThatIsDownHoldsUpNoOtherReceiver() throws Exception {
        startWithPeers(50);
        atlas.up();

        community.drop("to-globex.edi", invoice("NW000503"));
        String blocked = community.awaitReceived("to-globex.edi");
        community.awaitEvent(blocked, EventType.DELIVERY_RETRY);
        for (int i = 0; i < 4; i++) {
            community.drop("to-atlas-" + i + ".edi", invoiceForAtlas("NW00051" + i));
        }
        for (int i = 0; i < 4; i++) {
            community.awaitEvent(community.awaitReceived("to-atlas-" + i + ".edi"), EventType.DELIVERED);
        }
        assertEquals(4, atlas.received().size());
        assertFalse(community.gateway().tracking().history(blocked).stream()
                .anyMatch(e -> e.type() == EventType.DELIVERED), "globex is still down");
    }

    @Test
    void aReceiptThatComesLaterCompletesTheDeliveryAndANegativeOneSendsItAgain() throws Exception {
        globex = LinePeer.down();
        atlas = LinePeer.down();
        globex.up();
        LinePeer.LineChannel channel = new LinePeer.LineChannel("rest", true);
        community = DemoCommunityGateway.start(data, routed(DemoCommunityGateway.samplePartners(), globex.url(), 5,
                atlas.url(), 5), new Channels(List.of(channel)), Map.of());

        community.drop("confirmed.edi", invoice("NW000521"));
        String confirmed = community.awaitReceived("confirmed.edi");
        assertTrue(community.awaitEvent(confirmed, EventType.SENT).detail().endsWith("sent, receipt to follow"));
        assertTrue(HeldDocuments.awaitingReceipt(data).get(confirmed + "-1").isPresent(), "held until its receipt");
        channel.reports().delivered(confirmed + "-1", new org.entrepot.deliver.Transmission(
                org.entrepot.deliver.Transmission.Status.DELIVERED, "receipt: processed",
                List.of(new org.entrepot.deliver.Transmission.Evidence("mdn", "txt", "processed".getBytes()))));
        assertEquals("rest to globex: receipt: processed", community.awaitEvent(confirmed, EventType.DELIVERED).detail());
        assertTrue(HeldDocuments.awaitingReceipt(data).list().isEmpty());
        assertTrue(community.gateway().archive().find(confirmed, "mdn-1-1").isPresent());

        community.drop("refused.edi", invoice("NW000522"));
        String refused = community.awaitReceived("refused.edi");
        community.awaitEvent(refused, EventType.SENT);
        channel.reports().failed(refused + "-1", new org.entrepot.deliver.DeliveryFailure(
                org.entrepot.deliver.DeliveryFailure.Kind.RECEIPT_INVALID, "the receipt's MIC does not match"));
        TrackingEvent retry = community.awaitEvent(refused, EventType.DELIVERY_RETRY);
        assertTrue(retry.detail().contains("failed: RECEIPT_INVALID: the receipt's MIC does not match"), retry.detail());
        await().atMost(Duration.ofSeconds(60)).until(() -> globex.received().size() == 3);
        assertEquals(List.of(confirmed + "-1", refused + "-1", refused + "-1"), globex.received(),
                "the refused one was sent again, under the same transmission id");
    }

    @Test
    void oneInvoiceFansOutOverTwoChannelsAsTheAgreementAndItsCopySay() throws Exception {
        globex = LinePeer.down();
        atlas = LinePeer.down();
        globex.up();
        atlas.up();
        String atlasPort = atlas.url().substring(atlas.url().lastIndexOf(':') + 1);
        String partners = DemoCommunityGateway.samplePartners()
                .replace("      - { scheme: DUNS, value: \"211000002\" }\n",
                        "      - { scheme: DUNS, value: \"211000002\" }\n    channels: { as2: { url: \"" + globex.url() + "\" } }\n")
                .replaceFirst("(id: nordwind-globex-invoice\\n(?:    .*\\n)*?)    deliver: \\{ channel: directory \\}",
                        "$1    deliver: { channel: as2 }\n    copies:\n      - { receiver: atlas, deliverAs: x12, deliver: "
                                + "{ channel: sftp, host: 127.0.0.1, port: \"" + atlasPort + "\" } }");
        community = DemoCommunityGateway.start(data, partners, new Channels(List.of(new LinePeer.LineChannel("as2"),
                new LinePeer.LineChannel("sftp"))), Map.of());

        community.drop("fan-out.edi", invoice("NW000531"));
        String messageId = community.awaitReceived("fan-out.edi");
        await().atMost(Duration.ofSeconds(120)).until(() -> community.gateway().tracking().history(messageId).stream()
                .filter(e -> e.type() == EventType.DELIVERED).count() == 2);
        List<String> delivered = community.gateway().tracking().history(messageId).stream()
                .filter(e -> e.type() == EventType.DELIVERED).map(TrackingEvent::detail).sorted().toList();
        assertTrue(delivered.get(0).startsWith("as2 to globex: accepted"), delivered.toString());
        assertTrue(delivered.get(1).startsWith("sftp to atlas: accepted"), delivered.toString());
        assertTrue(new String(globex.document(messageId + "-1"), StandardCharsets.UTF_8).contains("<Invoice"));
        assertTrue(new String(atlas.document(messageId + "-2"), StandardCharsets.US_ASCII).startsWith("ISA*"),
                "the copy is the X12 810 its agreement asks for");
    }

    @Test
    void aGatewayDoesNotStartWhenAnAgreementNamesAChannelItLacks() throws Exception {
        globex = LinePeer.down();
        String partners = routed(DemoCommunityGateway.samplePartners(), globex.url(), 3, "tcp://127.0.0.1:1", 3);
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DemoCommunityGateway.start(data, partners, Channels.none(), Map.of()));
        assertTrue(refused.getMessage().contains("agreement nordwind-globex-invoice: this gateway has no rest channel"),
                refused.getMessage());
    }

    private void startWithPeers(int globexAttempts) throws Exception {
        globex = LinePeer.down();
        atlas = LinePeer.down();
        String partners = routed(DemoCommunityGateway.samplePartners(), globex.url(), globexAttempts, atlas.url(), 20);
        community = DemoCommunityGateway.start(data, partners,
                new Channels(List.of(new LinePeer.LineChannel("rest"))), Map.of());
    }

    /** Nordwind's invoices to Globex (3 tries) and to Atlas go by the test channel instead of folders. */
    private static String routed(String partners, String globexUrl, int globexAttempts, String atlasUrl, int atlasAttempts) {
        String fast = "first: PT0.2S, max: PT0.4S, jitter: 0.1";
        String routed = partners
                .replace("      - { scheme: DUNS, value: \"211000002\" }\n",
                        "      - { scheme: DUNS, value: \"211000002\" }\n    channels: { rest: { url: \"" + globexUrl + "\" } }\n")
                .replace("      - { scheme: DUNS, value: \"987654321\" }\n",
                        "      - { scheme: DUNS, value: \"987654321\" }\n    channels: { rest: { url: \"" + atlasUrl + "\" } }\n")
                .replaceFirst("(id: nordwind-globex-invoice\\n(?:    .*\\n)*?)    deliver: \\{ channel: directory \\}",
                        "$1    deliver: { channel: rest, retry: { attempts: " + globexAttempts + ", " + fast + " } }")
                .replaceFirst("(id: nordwind-atlas-invoice\\n(?:    .*\\n)*?)    deliver: \\{ channel: directory \\}",
                        "$1    deliver: { channel: rest, retry: { attempts: " + atlasAttempts + ", " + fast + " } }");
        assertEquals(2, routed.split("channel: rest", -1).length - 1, "both agreements were rerouted");
        return routed;
    }

    private static byte[] invoice(String reference) {
        String text = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), StandardCharsets.ISO_8859_1);
        return text.replace("261120:0930+NW000417", "261120:0930+" + reference).replace("UNZ+1+NW000417'", "UNZ+1+" + reference + "'")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] invoiceForAtlas(String reference) {
        String text = new String(Samples.read("invoices/nordwind-globex-invoic-d96a.edi"), StandardCharsets.ISO_8859_1);
        return text.replace("5012345000008:14+261120:0930+NW000417", "987654321:16+261120:0930+" + reference)
                .replace("UNZ+1+NW000417'", "UNZ+1+" + reference + "'")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private int attemptOf(TrackingEvent delivered, String messageId) {
        return (int) community.gateway().tracking().history(messageId).stream()
                .filter(e -> e.type() == EventType.DELIVERY_RETRY).count() + 1;
    }
}
