package org.entrepot.gateway;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsMessage;
import org.entrepot.deliver.DeliveryResolver;
import org.entrepot.deliver.OutboundMessage;
import org.entrepot.receive.ReceivedMessage;

/**
 * Takes tries off {@value OutboundMessage#QUEUE}, several at once, and runs each through
 * {@link DeliveryAttempts}. Consumed in a local JMS transaction like the processing route: a
 * gateway that dies in the middle of a try runs it again after restart, and the transmission
 * register tells a stale copy from the try that is due.
 */
final class DeliveryRoute extends RouteBuilder {

    static final String ROUTE_ID = "deliver-outbound";

    private final int consumers;
    private final DeliveryResolver resolver;
    private final DeliveryAttempts attempts;
    private final String errorHandling;

    DeliveryRoute(int consumers, DeliveryResolver resolver, DeliveryAttempts attempts, String errorHandling) {
        this.consumers = consumers;
        this.resolver = resolver;
        this.attempts = attempts;
        this.errorHandling = errorHandling;
    }

    @Override
    public void configure() {
        from(TransactedQueue.consumer(OutboundMessage.QUEUE, consumers))
                .routeId(ROUTE_ID)
                .routeConfigurationId(errorHandling)
                .process(this::attempt);
    }

    private void attempt(Exchange exchange) throws Exception {
        OutboundMessage.Queued queued = OutboundMessage.read(exchange.getIn(JmsMessage.class).getJmsMessage(), resolver);
        exchange.setProperty(ReceivedMessage.EXCHANGE_MESSAGE_ID, queued.outbound().messageId());
        attempts.attempt(queued);
    }
}
