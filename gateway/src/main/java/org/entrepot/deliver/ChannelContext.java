package org.entrepot.deliver;

import java.nio.file.Path;
import java.time.Clock;
import org.apache.camel.CamelContext;
import org.entrepot.config.GatewayConfig;
import org.entrepot.partner.PartnerDirectory;
import org.entrepot.receive.Intake;
import org.entrepot.track.TrackingStore;

/**
 * What a channel gets from the gateway when it starts.
 *
 * @param config   the gateway's settings (data folder, ports, limits)
 * @param partners the trading community, with each partner's channel settings
 * @param intake   hands documents a channel received to the flow, as every channel must
 * @param reports  where receipts arriving after the send go
 * @param tracking the tracking store, for a channel's own events on a document
 * @param camel    the gateway's Camel context, for a channel that runs routes
 * @param clock    the gateway's clock
 */
public record ChannelContext(GatewayConfig config, PartnerDirectory partners, Intake intake,
                             DeliveryReports reports, TrackingStore tracking, CamelContext camel, Clock clock) {

    /** The folder of the gateway's keys and certificates (demo PKI on first run). */
    public Path pki() {
        return config.dataDir().resolve("pki");
    }
}
