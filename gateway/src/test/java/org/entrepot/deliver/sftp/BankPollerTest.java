package org.entrepot.deliver.sftp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entrepot.receive.InboundDocument;
import org.entrepot.track.EventType;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbound side: the channel polls the bank's outbox on a real SFTP server and hands each
 * report to the intake as sent by the bank, removing it from the server only once the intake has it.
 */
class BankPollerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path data;
    @TempDir
    Path bankFolder;

    private BankFixture gateway;
    private SftpChannel channel;
    private TestBank bank;

    @BeforeEach
    void start() throws Exception {
        gateway = new BankFixture(data, 1 << 20);
        KeyPair key = GatewaySshKey.ensure(data.resolve("pki"));
        bank = TestBank.start(bankFolder, key.getPublic());
        channel = new SftpChannel(gateway.config);
    }

    @AfterEach
    void stop() throws Exception {
        channel.close();
        bank.close();
        gateway.close();
    }

    private void startPolling(String extraSettings) {
        channel.start(gateway.context(BankFixture.partners(bank.channelSettings("pollEvery: PT0.2S"
                + (extraSettings.isEmpty() ? "" : ", " + extraSettings)))));
    }

    @Test
    void theBanksPain002AndCamt054ReachTheIntakeAsSentByTheBankAndLeaveItsServer() throws Exception {
        byte[] status = Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml");
        byte[] notification = Samples.read("payments/elbufer-nordwind-camt.054.001.08.xml");
        Files.write(bank.outbox().resolve("STS-0042.xml"), status);
        Files.write(bank.outbox().resolve("NTF-0007.xml"), notification);

        startPolling("");

        await().atMost(PATIENCE).until(() -> gateway.received.size() == 2);
        await().atMost(PATIENCE).until(() -> SftpChannelTest.names(bank.outbox()).isEmpty());
        InboundDocument first = gateway.received.get(0);
        assertEquals("NTF-0007.xml", first.metadata(InboundDocument.FILE_NAME), "taken in name order");
        assertArrayEquals(notification, first.content());
        InboundDocument second = gateway.received.get(1);
        assertArrayEquals(status, second.content());
        assertEquals("sftp", second.metadata(InboundDocument.CHANNEL));
        assertEquals("elbufer", second.metadata(InboundDocument.AUTHENTICATED_PARTNER));
        assertTrue(second.metadata(InboundDocument.TRANSPORT_MESSAGE_ID).startsWith("sftp:127.0.0.1:outbox/STS-0042.xml:"
                + status.length + ":"), second.metadata()::toString);
        await().atMost(PATIENCE).until(() -> bank.operations().contains("remove outbox/STS-0042.xml"));
    }

    @Test
    void withAProcessedFolderAFetchedReportIsMovedThereInsteadOfRemoved() throws Exception {
        Files.createDirectories(bank.root().resolve("done"));
        Files.write(bank.outbox().resolve("STS-0042.xml"), Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml"));

        startPolling("processed: done");

        await().atMost(PATIENCE).until(() -> Files.exists(bank.root().resolve("done/STS-0042.xml")));
        assertEquals(1, gateway.received.size());
        assertEquals(List.of(), SftpChannelTest.names(bank.outbox()));
    }

    @Test
    void whileTheIntakeCannotQueueAReportItStaysOnTheBanksServerAndIsFetchedLater() throws Exception {
        gateway.intakeDown = true;
        Files.write(bank.outbox().resolve("STS-0042.xml"), Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml"));

        startPolling("");

        await().atMost(PATIENCE).until(() -> channel.poller("elbufer").status().consecutiveFailures() >= 2);
        assertTrue(channel.poller("elbufer").status().lastFailure().contains("broker down"),
                channel.poller("elbufer").status()::toString);
        assertEquals(List.of("STS-0042.xml"), SftpChannelTest.names(bank.outbox()), "not removed before it is safe");

        gateway.intakeDown = false;
        await().atMost(PATIENCE).until(() -> gateway.received.size() == 1);
        await().atMost(PATIENCE).until(() -> SftpChannelTest.names(bank.outbox()).isEmpty());
        await().atMost(PATIENCE).until(() -> channel.poller("elbufer").status().consecutiveFailures() == 0);
    }

    @Test
    void aBankThatIsDownIsCountedAsAFailedPollAndFetchedFromWhenItIsBack() throws Exception {
        bank.down();
        startPolling("");
        await().atMost(PATIENCE).until(() -> channel.poller("elbufer").status().consecutiveFailures() >= 2);
        assertTrue(channel.poller("elbufer").status().lastFailure().startsWith("UNREACHABLE"),
                channel.poller("elbufer").status()::toString);

        Files.write(bank.outbox().resolve("STS-0042.xml"), Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml"));
        bank.up();

        await().atMost(PATIENCE).until(() -> gateway.received.size() == 1);
        await().atMost(PATIENCE).until(() -> channel.pollStatus().get("elbufer").contains("consecutiveFailures=0"));
    }

    @Test
    void theSameFileFetchedAgainAfterACrashCarriesTheSameTransportId() throws Exception {
        byte[] status = Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml");
        FileTime written = FileTime.from(Instant.parse("2026-11-20T11:02:00Z"));
        Path file = bank.outbox().resolve("STS-0042.xml");
        Files.write(file, status);
        Files.setLastModifiedTime(file, written);
        startPolling("");
        await().atMost(PATIENCE).until(() -> gateway.received.size() == 1);
        await().atMost(PATIENCE).until(() -> !Files.exists(file));

        // as if the gateway had stopped after queueing the report but before removing it
        Files.write(file, status);
        Files.setLastModifiedTime(file, written);

        await().atMost(PATIENCE).until(() -> gateway.received.size() == 2);
        assertEquals(gateway.received.get(0).metadata(InboundDocument.TRANSPORT_MESSAGE_ID),
                gateway.received.get(1).metadata(InboundDocument.TRANSPORT_MESSAGE_ID),
                "the pipeline's duplicate register recognises the second copy by it");
    }

    @Test
    void aPain002JoinsTheStoryOfThePaymentOrderWhosePain001ItAnswers() throws Exception {
        startPolling("");
        byte[] pain001 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn>
                <GrpHdr><MsgId>NW-PAY-2026-1120</MsgId></GrpHdr></CstmrCdtTrfInitn></Document>
                """.getBytes(StandardCharsets.UTF_8);
        Map<String, String> parameters = BankFixture.partners(bank.channelSettings("")).partner("elbufer")
                .orElseThrow().channel("sftp");
        channel.send(BankFixture.payment(parameters, "PAYMUL-MSG-1", pain001, null, 1));

        Files.write(bank.outbox().resolve("STS-0042.xml"), Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml"));

        await().atMost(PATIENCE).until(() -> gateway.received.size() == 1);
        List<TrackingEvent> story = await().atMost(PATIENCE).until(() -> gateway.tracking.history("PAYMUL-MSG-1"),
                events -> !events.isEmpty());
        TrackingEvent answer = story.get(0);
        assertEquals(EventType.ACK_RECEIVED, answer.type());
        assertEquals("NW-PAY-2026-1120", answer.interchangeRef());
        assertEquals("bank status PART from elbufer for pain.001 NW-PAY-2026-1120 (pain.002 ELBU-STS-20261120-0042,"
                + " received as " + gateway.received.get(0).messageId() + ")", answer.detail());

        Files.write(bank.outbox().resolve("STS-0042.xml"), Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml"));
        await().atMost(PATIENCE).until(() -> gateway.received.size() == 2);
        assertEquals(1, gateway.tracking.history("PAYMUL-MSG-1").size(), "the same report links once");
    }
}
