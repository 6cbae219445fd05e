package org.entrepot.track;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises the "overdue acknowledgement" alert: an interchange the gateway sent whose receiver has
 * not acknowledged it within the agreement's deadline gets an {@link EventType#ACK_OVERDUE}
 * event on the document that produced it, a count in {@value #METRIC} (tagged with the receiver)
 * and a warning in the log. Each interchange is reported once; an acknowledgement that arrives
 * later is still reconciled.
 */
public final class AcknowledgementWatch {

    /** Counter of overdue acknowledgements, tagged {@code partner}. */
    public static final String METRIC = "entrepot.ack.overdue";

    private static final Logger LOG = LoggerFactory.getLogger(AcknowledgementWatch.class);

    private final OutboundInterchanges outbound;
    private final TrackingStore tracking;
    private final GatewayMetrics metrics;
    private final Clock clock;

    public AcknowledgementWatch(OutboundInterchanges outbound, TrackingStore tracking, GatewayMetrics metrics, Clock clock) {
        this.outbound = outbound;
        this.tracking = tracking;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Looks once; returns how many overdue acknowledgements it reported. */
    public int look() {
        List<OutboundInterchanges.Sent> overdue = outbound.overdue(clock.instant());
        for (OutboundInterchanges.Sent sent : overdue) {
            String detail = sent.standard() + " interchange " + sent.controlReference() + " sent to " + sent.receiver()
                    + " at " + sent.sentAt() + " was not acknowledged by " + sent.due();
            tracking.record(new TrackingEvent(sent.messageId(), sent.controlReference(), EventType.ACK_OVERDUE,
                    clock.instant(), detail));
            metrics.increment(METRIC, "partner", sent.receiver());
            LOG.warn("overdue acknowledgement: {} (message {})", detail, sent.messageId());
        }
        return overdue.size();
    }
}
