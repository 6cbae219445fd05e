package org.entrepot.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import org.entrepot.deliver.DeliveryResolver;
import org.junit.jupiter.api.Test;

/** Where a delivery's channel settings come from: the receiver's, with the agreement's on top. */
class ChannelSettingsTest {

    private static final String COMMUNITY = """
            partners:
              - id: nordwind
                name: Nordwind Handel GmbH
                identifiers:
                  - { scheme: GLN, value: "4012345000009" }
              - id: globex
                name: Globex Retail Ltd
                identifiers:
                  - { scheme: GLN, value: "5012345000008" }
                channels:
                  as2: { url: "https://as2.globex.example/receive", as2Id: GLOBEX, encrypt: aes256-gcm }
              - id: elbufer
                name: Elbufer Bank AG
                identifiers:
                  - { scheme: GLN, value: "4012345000016" }
                channels:
                  sftp: { host: sftp.elbufer.example, port: "22", user: entrepot, hostKey: "SHA256:abc" }
            agreements:
              - id: nordwind-globex-invoice
                sender: nordwind
                receiver: globex
                document: INVOICE
                deliverAs: ubl
                deliver: { channel: as2, mdn: async, retry: { attempts: 5, first: PT1M, max: PT1H, jitter: 0.5 } }
                copies:
                  - { receiver: elbufer, deliverAs: iso20022, deliver: { channel: sftp, upload: /in/payments } }
              - id: globex-nordwind-order
                sender: globex
                receiver: nordwind
                document: ORDER
                deliverAs: edifact
            """;

    private final PartnerDirectory community = PartnerDirectory.read(new StringReader(COMMUNITY), "community.yaml");

    @Test
    void anAgreementsSettingsOverrideTheReceiversKeyByKey() {
        Delivery as2 = community.agreement("nordwind", "globex", org.entrepot.document.DocumentType.INVOICE)
                .orElseThrow().deliver();
        assertEquals("as2", as2.channel());
        assertEquals(Map.of("url", "https://as2.globex.example/receive", "as2Id", "GLOBEX", "encrypt", "aes256-gcm",
                "mdn", "async"), as2.parameters());
        assertEquals(new Retry(5, Duration.ofMinutes(1), Duration.ofHours(1), 0.5), as2.retry());
        assertFalse(as2.inline());
    }

    @Test
    void aCopyGoesByItsOwnChannelToItsOwnReceiver() {
        DeliveryResolver resolver = new DeliveryResolver(community);
        Delivery sftp = resolver.resolve("nordwind-globex-invoice+elbufer", "elbufer").orElseThrow();
        assertEquals("sftp", sftp.channel());
        assertEquals("/in/payments", sftp.parameter("upload", "/"));
        assertEquals("sftp.elbufer.example", sftp.parameter("host", ""));
        assertEquals(Retry.DEFAULT, sftp.retry());
        assertEquals("as2", resolver.resolve("nordwind-globex-invoice", "globex").orElseThrow().channel());
        assertTrue(resolver.resolve("nordwind-globex-invoice", "elbufer").isEmpty(), "elbufer is not the main receiver");
        assertTrue(resolver.resolve("gone-agreement", "globex").isEmpty());
    }

    @Test
    void withoutADeliveryTheReceiverGetsItsFolder() {
        Delivery folder = community.agreement("globex", "nordwind", org.entrepot.document.DocumentType.ORDER)
                .orElseThrow().deliver();
        assertTrue(folder.inline());
        assertEquals(Delivery.DIRECTORY, folder.channel());
    }

    @Test
    void retriesBackOffExponentiallyUpToTheirLongestWaitSpreadByTheJitter() {
        Retry retry = new Retry(6, Duration.ofSeconds(30), Duration.ofMinutes(3), 0.2);
        assertEquals(Duration.ofSeconds(30), retry.delayAfter(1, 0.5), "no spread at the middle of the random range");
        assertEquals(Duration.ofSeconds(60), retry.delayAfter(2, 0.5));
        assertEquals(Duration.ofSeconds(120), retry.delayAfter(3, 0.5));
        assertEquals(Duration.ofMinutes(3), retry.delayAfter(4, 0.5), "capped");
        assertEquals(Duration.ofMinutes(3), retry.delayAfter(5, 0.5));
        assertEquals(Duration.ofSeconds(96), retry.delayAfter(3, 0.0), "20 % earlier at the bottom of the range");
        assertEquals(Duration.ofSeconds(144), retry.delayAfter(3, 1.0), "20 % later at the top");
        assertTrue(retry.allowsAnotherAfter(5));
        assertFalse(retry.allowsAnotherAfter(6), "six tries in all");
    }
}
