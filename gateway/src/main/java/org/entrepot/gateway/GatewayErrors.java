package org.entrepot.gateway;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.entrepot.receive.ReceivedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one error handling every route uses (each route names it with
 * {@code routeConfigurationId(GatewayErrors.ID)}): a failure is logged once, with the route and
 * the message id, and left unhandled, so the channel that brought the exchange does what it does
 * with a failure. The JMS consumer rolls back and the broker redelivers; the inbox leaves the file
 * for the next poll; the HTTP intake answers 500 without a stack trace. Nothing is retried inside
 * a route: the broker's redelivery is the one retry policy, and it survives a restart.
 */
public final class GatewayErrors extends RouteConfigurationBuilder {

    /** The route configuration id routes refer to. */
    public static final String ID = "entrepot-errors";

    private static final Logger LOG = LoggerFactory.getLogger(GatewayErrors.class);

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                .handled(false)
                // our own line below says it once; Camel's exhausted report would repeat it with the route dump
                .logExhausted(false)
                .process(GatewayErrors::log);
    }

    private static void log(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String routeId = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, exchange.getFromRouteId(), String.class);
        String messageId = exchange.getProperty(ReceivedMessage.EXCHANGE_MESSAGE_ID, "-", String.class);
        LOG.warn("route {} failed for message {}: {}", routeId, messageId, failure, failure);
    }
}
