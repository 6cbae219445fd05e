package org.entrepot.deliver.sftp;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entrepot.config.GatewayConfig;
import org.entrepot.config.GatewaySetting;
import org.entrepot.deliver.ChannelContext;
import org.entrepot.deliver.DeliveryFailure;
import org.entrepot.deliver.DeliveryReports;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.Transmission;
import org.entrepot.gateway.TestGateways;
import org.entrepot.partner.Delivery;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.partner.Retry;
import org.entrepot.receive.InboundDocument;
import org.entrepot.receive.Intake;
import org.entrepot.track.MessageIds;
import org.entrepot.track.TrackingStore;
import org.entrepot.translate.Format;

/**
 * The gateway side of the channel tests without a whole gateway: its settings in a fresh data
 * folder, a partner file naming the test bank, an in-memory tracking store, and an intake that
 * keeps what the channel hands it (or refuses, as a broker that is down would).
 */
final class BankFixture implements AutoCloseable {

    final GatewayConfig config;
    final TrackingStore tracking;
    final List<InboundDocument> received = new CopyOnWriteArrayList<>();
    volatile boolean intakeDown;

    BankFixture(Path data, int maxDocumentBytes) {
        Map<String, String> settings = TestGateways.settings(data);
        settings.put(GatewaySetting.MAX_DOCUMENT_BYTES.key(), Integer.toString(maxDocumentBytes));
        config = GatewayConfig.of(settings);
        tracking = TrackingStore.inMemory("sftp-" + MessageIds.next().substring(0, 12));
    }

    /** The demo's bank and its customer, the bank reachable over SFTP as {@code sftpSettings} says. */
    static PartnerDirectory partners(String sftpSettings) {
        String yaml = """
                partners:
                  - id: nordwind
                    name: Nordwind Handel GmbH
                    identifiers:
                      - { scheme: GLN, value: "4012345000009" }
                  - id: elbufer
                    name: Elbufer Bank AG
                    identifiers:
                      - { scheme: BIC, value: "ELBUDEHHXXX" }
                    channels:
                      sftp: %s
                agreements: []
                """.formatted(sftpSettings);
        return PartnerDirectory.read(new StringReader(yaml), "test partners");
    }

    ChannelContext context(PartnerDirectory partners) {
        Intake intake = document -> {
            if (intakeDown) {
                throw new IllegalStateException("broker down");
            }
            received.add(document);
        };
        DeliveryReports reports = new DeliveryReports() {
            @Override
            public void delivered(String transmissionId, Transmission receipt) {
            }

            @Override
            public void failed(String transmissionId, DeliveryFailure failure) {
            }
        };
        return new ChannelContext(config, partners, intake, reports, tracking, null, Clock.systemUTC());
    }

    /** A pain.001 for the bank as the delivery route hands it over: content, detached signature, settings. */
    static Outbound payment(Map<String, String> parameters, String messageId, byte[] content, byte[] signature,
                            int attempt) {
        return new Outbound(messageId, 1, "elbufer", "nordwind-elbufer-payment",
                new Delivery(Delivery.SFTP, parameters, Retry.DEFAULT), messageId + "-1.xml", content, signature,
                Format.ISO20022, attempt);
    }

    @Override
    public void close() {
        tracking.close();
    }
}
