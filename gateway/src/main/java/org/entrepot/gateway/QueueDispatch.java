package org.entrepot.gateway;

import java.time.Clock;
import org.apache.camel.ProducerTemplate;
import org.entrepot.deliver.Dispatch;
import org.entrepot.deliver.Outbound;
import org.entrepot.deliver.OutboundMessage;
import org.entrepot.track.Transmissions;

/**
 * The outbound queue of the running gateway. Sends are persistent and confirmed by the broker
 * before the processing transaction of the inbound document commits, so a document the flow
 * finished is never without its deliveries.
 */
final class QueueDispatch implements Dispatch {

    static final String ENDPOINT = "jms:queue:" + OutboundMessage.QUEUE
            + "?deliveryPersistent=true&disableReplyTo=true&jmsKeyFormatStrategy=passthrough";

    private final ProducerTemplate producer;
    private final Transmissions transmissions;
    private final Clock clock;

    QueueDispatch(ProducerTemplate producer, Transmissions transmissions, Clock clock) {
        this.producer = producer;
        this.transmissions = transmissions;
        this.clock = clock;
    }

    @Override
    public void dispatch(Outbound outbound) {
        transmissions.queued(outbound.transmissionId(), outbound.messageId(), outbound.index(), outbound.receiver(),
                outbound.delivery().channel(), clock.instant());
        enqueue(outbound, 0, 0);
    }

    /** Queues a try; {@code notBefore} (epoch ms, 0 for now) is when the broker may hand it out. */
    void enqueue(Outbound outbound, int generation, long notBefore) {
        producer.sendBodyAndHeaders(ENDPOINT, outbound.content(), OutboundMessage.properties(outbound, generation, notBefore));
    }
}
