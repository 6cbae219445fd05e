package org.entrepot.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entrepot.check.ClasspathSchemas;
import org.entrepot.check.XmlSchemaCheck;
import org.entrepot.config.GatewayConfig;
import org.entrepot.identify.EdifactEnvelopeReader;
import org.entrepot.track.DocumentStatus;
import org.entrepot.track.EventType;
import org.entrepot.translate.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A payment run through the real gateway on embedded defaults: Nordwind's PAYMUL reaches its bank
 * as the pain.001 version their agreement names, and the bank's pain.002 rejection comes back to
 * Nordwind as a BANSTA, both by the demo partner file.
 */
class PaymentJourneyTest {

    @TempDir
    Path data;
    private DemoCommunityGateway demo;
    private Gateway gateway;
    private GatewayConfig config;

    @BeforeEach
    void start() {
        demo = DemoCommunityGateway.start(data);
        gateway = demo.gateway();
        config = demo.config();
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    private void dropIntoInbox(String name, byte[] content) throws Exception {
        demo.drop(name, content);
    }

    @Test
    void nordwindsPaymulReachesItsBankAsPain00100109() throws Exception {
        dropIntoInbox("nordwind-payments.edi", Samples.read("payments/nordwind-elbufer-paymul-d96a.edi"));

        DocumentStatus status = demo.awaitOutcome("nordwind-payments.edi");
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        byte[] pain = Files.readAllBytes(config.outboxDir().resolve("elbufer").resolve(status.messageId() + "-1.xml"));
        assertEquals(List.of(), XmlSchemaCheck.validate(pain, new ClasspathSchemas().schema("iso20022/pain.001.001.09.xsd")));
        String xml = new String(pain, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<EndToEndId>NW-E2E-20261120-0003</EndToEndId>"), xml);
        assertTrue(xml.contains("<InstdAmt Ccy=\"USD\">15730.00</InstdAmt>"), xml);
    }

    @Test
    void theBanksPain002RejectionReachesNordwindAsBansta() throws Exception {
        dropIntoInbox("elbufer-status.xml", Samples.read("payments/elbufer-nordwind-pain.002.001.10.xml"));

        DocumentStatus status = demo.awaitOutcome("elbufer-status.xml");
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        byte[] bansta = Files.readAllBytes(config.outboxDir().resolve("nordwind").resolve(status.messageId() + "-1.edi"));
        var envelope = new EdifactEnvelopeReader().read(bansta);
        assertTrue(envelope.isAccepted(), envelope::toString);
        assertEquals("ELBUDEHHXXX", envelope.value().senderId());
        assertEquals("4012345000009", envelope.value().receiverId());
        assertEquals("BANSTA", envelope.value().messageType());
        String interchange = new String(bansta, StandardCharsets.ISO_8859_1);
        assertTrue(interchange.contains("UNH+1+BANSTA:D:96A:UN'"), interchange);
        assertTrue(interchange.contains("RFF+CR:NW-E2E-20261120-0003'\nRFF+ACD:ELBU-STS-0042-0003'\nSEQ++1'\n"
                + "GIS+RJT::ZZZ'\nMOA+9:15730.00:USD'\nFTX+AAO+++AC01:Account 4820019977 unknown at BOFAUS3NXXX'"), interchange);
        assertTrue(Files.exists(config.outboxDir().resolve("nordwind").resolve(status.messageId() + "-1.edi.p7s")),
                "the agreement asks for a signature");
    }

    /** Both camt.054 versions: the 2019 credit notification and the 2013 debit notification (the latter checked against ISO's XSD). */
    @ParameterizedTest
    @ValueSource(strings = {"elbufer-nordwind-camt.054.001.08.xml", "elbufer-nordwind-camt.054.001.04.xml"})
    void theBanksCamt054NotificationReachesNordwindUnchanged(String sample) throws Exception {
        byte[] notification = Samples.read("payments/" + sample);
        dropIntoInbox(sample, notification);

        DocumentStatus status = demo.awaitOutcome(sample);
        assertEquals(EventType.DELIVERED, status.lastEvent(), status::toString);
        Path delivered = config.outboxDir().resolve("nordwind").resolve(status.messageId() + "-1.xml");
        assertEquals(new String(notification, StandardCharsets.UTF_8), Files.readString(delivered, StandardCharsets.UTF_8),
                "an XML-only document is delivered as the bank wrote it");
        assertTrue(Files.exists(delivered.resolveSibling(delivered.getFileName() + ".p7s")));
    }

    @Test
    void aCamt05400104ThatBreaksIsosSchemaIsRefusedWithItsLineAndKept() throws Exception {
        // "BOOKED" is no EntryStatus2Code (BOOK, PDNG, INFO): well-formed, right names, wrong value
        byte[] broken = new String(Samples.read("payments/elbufer-nordwind-camt.054.001.04.xml"), StandardCharsets.UTF_8)
                .replace("<Sts>BOOK</Sts>", "<Sts>BOOKED</Sts>").getBytes(StandardCharsets.UTF_8);
        dropIntoInbox("elbufer-debit-broken.xml", broken);

        DocumentStatus status = demo.awaitOutcome("elbufer-debit-broken.xml");
        assertEquals(EventType.REJECTED, status.lastEvent(), status::toString);
        assertTrue(status.detail().startsWith("SCHEMA_INVALID at column 26 (line 26)"), status::toString);
        var kept = new org.entrepot.track.Quarantine(data).get(status.messageId());
        assertTrue(kept.isPresent(), "the bytes are kept");
        assertTrue(kept.get().reasons().stream().anyMatch(r -> r.contains("BOOKED")), kept.get()::toString);
        assertTrue(Files.notExists(config.outboxDir().resolve("nordwind")), "nothing is delivered");
    }
}
