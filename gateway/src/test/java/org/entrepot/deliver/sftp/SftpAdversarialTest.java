package org.entrepot.deliver.sftp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.entrepot.config.GatewaySetting;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.track.QuarantinedDocument;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile or broken bank server, or someone between it and the gateway, can try over the
 * SFTP channel, each refused with a precise reason while nothing is lost and the gateway goes on:
 * names that are paths, an oversized or empty file, another server's host key, a file that is
 * not a bank document or names another sender, and the same file fetched twice.
 */
class SftpAdversarialTest {

    private static final Duration PATIENCE = BankCommunity.PATIENCE;

    @TempDir
    Path data;
    @TempDir
    Path bankFolder;

    private BankCommunity payments;

    @AfterEach
    void stop() throws Exception {
        if (payments != null) {
            payments.close();
        }
    }

    @Test
    void namesInTheBanksListingThatArePathsAreRefusedAndNeverFetched() throws Exception {
        payments = BankCommunity.start(data, bankFolder, 3, null, Map.of());
        byte[] status = Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml");
        Map<String, String> shownAs = Map.of("climb.xml", "../escaped.xml", "absolute.xml", "/etc/escaped.xml",
                "nul.xml", "escaped\u0000.xml", "backslash.xml", "..\\escaped.xml");
        shownAs.forEach(payments.bank::disguise);
        for (String real : shownAs.keySet()) {
            Files.write(payments.bank.outbox().resolve(real), status);
        }

        List<QuarantinedDocument> refused = await().atMost(PATIENCE).until(
                () -> payments.community.gateway().quarantine().list(), list -> list.size() == 4);

        assertTrue(refused.stream().allMatch(q -> q.reasons().get(0).startsWith("UNSAFE_FILE_NAME")), refused::toString);
        assertTrue(refused.stream().anyMatch(q -> q.reasons().get(0).contains("control character U+0000")), refused::toString);
        assertTrue(refused.stream().anyMatch(q -> q.reasons().get(0).contains("'../escaped.xml'")), refused::toString);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> payments.community.gateway().quarantine().list().size() == 4);
        assertEquals(List.of("absolute.xml", "backslash.xml", "climb.xml", "nul.xml"), SftpChannelTest.names(payments.bank.outbox()),
                "left on the bank's server, untouched");
        assertFalse(payments.bank.operations().stream().anyMatch(op -> op.startsWith("remove")));
        assertEquals(List.of(), filesNamed("escaped.xml", data), "nothing was written under that name");
        assertEquals(List.of(), filesNamed("escaped.xml", bankFolder));
        assertFalse(Files.exists(data.getParent().resolve("escaped.xml")));

        assertGatewayStillTakesReports();
    }

    @Test
    void anOversizedOrEmptyReportIsQuarantinedWithItsReasonAndLeftOnTheServer() throws Exception {
        payments = BankCommunity.start(data, bankFolder, 3, null, Map.of(GatewaySetting.MAX_DOCUMENT_BYTES.key(), "16384"));
        Files.write(payments.bank.outbox().resolve("huge.xml"), new byte[20_000]);
        Files.write(payments.bank.outbox().resolve("empty.xml"), new byte[0]);

        List<QuarantinedDocument> refused = await().atMost(PATIENCE).until(
                () -> payments.community.gateway().quarantine().list(), list -> list.size() == 2);

        assertTrue(refused.stream().anyMatch(q -> q.reasons().get(0).startsWith("DOCUMENT_TOO_LARGE")
                && q.reasons().get(0).contains("'huge.xml' in outbox has 20000 bytes, the limit is 16384")), refused::toString);
        assertTrue(refused.stream().anyMatch(q -> q.reasons().get(0).startsWith("EMPTY_DOCUMENT")), refused::toString);
        assertTrue(refused.stream().allMatch(q -> "elbufer".equals(q.metadata().get("authenticatedPartner"))), refused::toString);
        assertEquals(List.of("empty.xml", "huge.xml"), SftpChannelTest.names(payments.bank.outbox()));

        assertGatewayStillTakesReports();
    }

    @Test
    void aServerWithAnotherHostKeyGetsNoPaymentAndGivesNoReport() throws Exception {
        String pinned = KeyUtils.getFingerPrint(KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256).getPublic());
        payments = BankCommunity.start(data, bankFolder, 50, pinned, Map.of());
        Files.write(payments.bank.outbox().resolve("STS-0042.xml"), Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml"));

        payments.community.drop("nordwind-payments.edi", Samples.read("payments/nordwind-elbufer-paymul-d96a.edi"));
        String paymentOrder = payments.community.awaitReceived("nordwind-payments.edi");
        TrackingEvent retry = payments.community.awaitEvent(paymentOrder, EventType.DELIVERY_RETRY);

        assertTrue(retry.detail().contains("REFUSED: the bank's SFTP server " + TestBank.USER + "@127.0.0.1:"
                + payments.bank.port() + " presented host key " + payments.bank.hostKeyFingerprint()
                + " but hostKey pins " + pinned), retry.detail());
        await().atMost(PATIENCE).until(() -> payments.channel.pollStatus().get("elbufer"),
                s -> s.contains("presented host key " + payments.bank.hostKeyFingerprint()));
        assertEquals(List.of(), payments.bank.operations(), "not a byte was written, moved or removed");
        assertEquals(List.of("STS-0042.xml"), SftpChannelTest.names(payments.bank.outbox()));
        assertEquals(List.of(), payments.outboxOf("nordwind"));
    }

    @Test
    void aFileThatIsNotABankDocumentOrNamesAnotherSenderIsQuarantinedAndTheGatewayGoesOn() throws Exception {
        payments = BankCommunity.start(data, bankFolder, 3, null, Map.of());

        payments.bankWrites("letter.txt", "Dear customer, please find your statement attached.".getBytes(StandardCharsets.UTF_8));
        payments.bankWrites("forged.edi", Samples.read("payments/nordwind-elbufer-paymul-d96a.edi"));

        DocumentStatus letter = payments.community.awaitOutcome("letter.txt");
        DocumentStatus forged = payments.community.awaitOutcome("forged.edi");
        assertEquals(EventType.REJECTED, letter.lastEvent());
        assertTrue(reasonOf(letter.messageId()).startsWith("UNKNOWN_SYNTAX"), reasonOf(letter.messageId()));
        assertEquals(EventType.REJECTED, forged.lastEvent());
        assertTrue(reasonOf(forged.messageId()).startsWith("NOT_AUTHENTICATED"), reasonOf(forged.messageId()));
        assertTrue(reasonOf(forged.messageId()).contains("authenticated as elbufer but the envelope names nordwind"),
                reasonOf(forged.messageId()));
        payments.awaitBankOutboxEmpty(); // taken in: they are the gateway's to keep, in quarantine

        assertGatewayStillTakesReports();
    }

    @Test
    void theSameFileFetchedTwiceIsProcessedOnce() throws Exception {
        payments = BankCommunity.start(data, bankFolder, 3, null, Map.of());
        byte[] status = Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml");
        FileTime written = FileTime.from(Instant.parse("2026-11-20T11:02:00Z"));
        Path file = payments.bank.outbox().resolve("STS-0042.xml");
        Files.write(file, status);
        Files.setLastModifiedTime(file, written);
        DocumentStatus first = payments.community.awaitOutcome("STS-0042.xml");
        assertEquals(EventType.DELIVERED, first.lastEvent());
        payments.awaitBankOutboxEmpty();

        // the bank's server shows the same file again, as after a crash between queueing and removing it
        Files.write(file, status);
        Files.setLastModifiedTime(file, written);

        String replay = await().atMost(PATIENCE).until(() -> receivedFrom("STS-0042.xml").stream()
                .filter(id -> !id.equals(first.messageId())).findFirst().orElse(null), id -> id != null);
        TrackingEvent refused = payments.community.awaitEvent(replay, EventType.REJECTED);
        assertTrue(refused.detail().startsWith("DUPLICATE_INTERCHANGE"), refused.detail());
        assertEquals(List.of(first.messageId() + "-1.edi", first.messageId() + "-1.edi.p7s"), payments.outboxOf("nordwind"),
                "Nordwind got one BANSTA");
    }

    /** A real report still goes all the way through after whatever the test threw at the gateway. */
    private void assertGatewayStillTakesReports() throws Exception {
        payments.bankWrites("ELBU-STS-0042.xml", Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml"));
        DocumentStatus status = payments.community.awaitOutcome("ELBU-STS-0042.xml");
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
    }

    private String reasonOf(String messageId) {
        return payments.community.gateway().quarantine().get(messageId).orElseThrow().reasons().get(0);
    }

    private List<String> receivedFrom(String fileName) {
        return payments.community.gateway().tracking().recent(200).stream().map(DocumentStatus::messageId)
                .filter(id -> payments.community.gateway().tracking().history(id).get(0).detail()
                        .contains("file \"" + fileName + "\""))
                .toList();
    }

    private static List<Path> filesNamed(String name, Path under) throws Exception {
        try (Stream<Path> files = Files.walk(under)) {
            return files.filter(p -> p.getFileName() != null && p.getFileName().toString().contains(name)).toList();
        }
    }
}
