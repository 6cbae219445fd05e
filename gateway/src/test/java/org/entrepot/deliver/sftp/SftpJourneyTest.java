package org.entrepot.deliver.sftp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.cli.Entrepot;
import org.entrepot.track.EventType;
import org.entrepot.track.HeldDocuments;
import org.entrepot.track.TrackingEvent;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment through a real gateway to a bank on a real SFTP server (loopback): Nordwind's PAYMUL
 * is uploaded to Elbufer as a signed pain.001, and Elbufer's pain.002 rejection, polled from its
 * outbox, reaches Nordwind as a BANSTA and joins the payment order's story in tracking. When the
 * bank is down the upload is retried and made once; past the last try it waits as a dead letter
 * until {@code entrepot deliveries resend}.
 */
class SftpJourneyTest {

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
    void nordwindsPaymulReachesTheBankAsASignedPain001AndTheBanksRejectionComesBackAsBansta() throws Exception {
        payments = BankCommunity.start(data, bankFolder, 3, null, Map.of());

        payments.community.drop("nordwind-payments.edi", Samples.read("payments/nordwind-elbufer-paymul-d96a.edi"));
        String paymentOrder = payments.community.awaitReceived("nordwind-payments.edi");
        TrackingEvent delivered = payments.community.awaitEvent(paymentOrder, EventType.DELIVERED);

        assertTrue(delivered.detail().contains("sftp " + TestBank.USER + "@127.0.0.1:" + payments.bank.port()
                + " upload/" + paymentOrder + "-1.xml"), delivered.detail());
        byte[] pain = Files.readAllBytes(payments.bank.upload().resolve(paymentOrder + "-1.xml"));
        assertEquals(List.of(), XmlSchemaCheck.validate(pain, new ClasspathSchemas().schema("iso20022/pain.001.001.09.xsd")));
        assertTrue(new String(pain, StandardCharsets.UTF_8).contains("<MsgId>NW-PAY-2026-1120</MsgId>"));
        assertTrue(Files.exists(payments.bank.upload().resolve(paymentOrder + "-1.xml.p7s")),
                "the agreement signs: the detached signature is uploaded beside the payment file");

        payments.bankWrites("ELBU-STS-0042.xml", Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml"));
        String status = payments.community.awaitReceived("ELBU-STS-0042.xml");
        payments.community.awaitEvent(status, EventType.DELIVERED);
        payments.awaitBankOutboxEmpty();

        String received = payments.community.gateway().tracking().history(status).get(0).detail();
        assertTrue(received.startsWith("sftp from partner elbufer"), received);
        String bansta = Files.readString(payments.community.config().outboxDir().resolve("nordwind").resolve(status + "-1.edi"),
                StandardCharsets.ISO_8859_1);
        assertTrue(bansta.contains("UNH+1+BANSTA:D:96A:UN'"), bansta);
        assertTrue(bansta.contains("GIS+RJT::ZZZ'\nMOA+9:15730.00:USD'\nFTX+AAO+++AC01:Account 4820019977 unknown"), bansta);
        TrackingEvent answer = payments.community.awaitEvent(paymentOrder, EventType.ACK_RECEIVED);
        assertEquals("bank status PART from elbufer for pain.001 NW-PAY-2026-1120 (pain.002 ELBU-STS-20261120-0042,"
                + " received as " + status + ")", answer.detail());
    }

    @Test
    void aBankThatIsDownGetsThePaymentOnceWhenItIsBack() throws Exception {
        payments = BankCommunity.start(data, bankFolder, 50, null, Map.of());
        payments.bank.down();

        payments.community.drop("nordwind-payments.edi", Samples.read("payments/nordwind-elbufer-paymul-d96a.edi"));
        String paymentOrder = payments.community.awaitReceived("nordwind-payments.edi");
        TrackingEvent retry = payments.community.awaitEvent(paymentOrder, EventType.DELIVERY_RETRY);
        assertTrue(retry.detail().startsWith("try 1 of 50 by sftp to elbufer failed: UNREACHABLE"), retry.detail());
        payments.bank.up();

        payments.community.awaitEvent(paymentOrder, EventType.DELIVERED);
        String file = paymentOrder + "-1.xml";
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(30)).until(() -> payments.uploadsOf(file) == 1);
        assertEquals(List.of(file, file + ".p7s"), SftpChannelTest.names(payments.bank.upload()));
    }

    @Test
    void pastTheLastTryThePaymentIsADeadLetterAndTheResendCommandDeliversIt() throws Exception {
        payments = BankCommunity.start(data, bankFolder, 3, null, Map.of());
        payments.bank.down();

        payments.community.drop("nordwind-payments.edi", Samples.read("payments/nordwind-elbufer-paymul-d96a.edi"));
        String paymentOrder = payments.community.awaitReceived("nordwind-payments.edi");
        TrackingEvent dead = payments.community.awaitEvent(paymentOrder, EventType.DEAD_LETTER);
        String transmission = paymentOrder + "-1";
        assertTrue(dead.detail().startsWith("try 3 of 3 by sftp to elbufer failed: UNREACHABLE"), dead.detail());
        assertEquals(3, HeldDocuments.deadLetters(data).get(transmission).orElseThrow().attempts());

        payments.bank.up();
        assertEquals(0, Entrepot.run("deliveries", "resend", transmission, "--data", data.toString()));

        List<EventType> story = await().atMost(BankCommunity.PATIENCE).until(() -> payments.community.gateway().tracking()
                .history(paymentOrder).stream().map(TrackingEvent::type).toList(), s -> s.contains(EventType.DELIVERED));
        assertEquals(List.of(EventType.DEAD_LETTER, EventType.RESENT, EventType.DELIVERED),
                story.subList(story.size() - 3, story.size()));
        assertEquals(1, payments.uploadsOf(transmission + ".xml"));
        assertTrue(HeldDocuments.deadLetters(data).list().isEmpty());
    }
}
