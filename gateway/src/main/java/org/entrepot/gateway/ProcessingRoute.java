package org.entrepot.gateway;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsMessage;
import org.entrepot.receive.DocumentFlow;
import org.entrepot.receive.InboundDocument;
import org.entrepot.receive.ReceivedMessage;
import org.entrepot.track.Archive;

/**
 * Takes received documents off {@value ReceivedMessage#QUEUE} and hands each to the
 * {@link DocumentFlow}, several at once.
 *
 * <p>Each message is consumed in a local JMS transaction that commits only after the flow
 * returns. An exception, or the JVM dying half-way, rolls it back, and the broker delivers the
 * message again after its redelivery delay; after the last attempt it moves it to
 * {@value Broker#DEAD_LETTER_QUEUE}. A document is therefore processed at least once and never
 * lost; the flow's stages tell a repeat by its message id.
 *
 * <p>Before the flow runs, the bytes as received are archived as step {@code received}, once per
 * document however often it is delivered.
 */
public final class ProcessingRoute extends RouteBuilder {

    /** The route id. */
    public static final String ROUTE_ID = "process-received";
    /** The archive step of the bytes as received. */
    public static final String ARCHIVE_STEP = "received";

    private final int consumers;
    private final DocumentFlow flow;
    private final Archive archive;
    private final String errorHandling;

    /**
     * @param consumers how many documents are processed at once, at least 1
     * @param flow the stages after receive
     * @param archive keeps the received bytes
     * @param errorHandling id of the shared route configuration that handles failures
     */
    public ProcessingRoute(int consumers, DocumentFlow flow, Archive archive, String errorHandling) {
        if (consumers < 1) {
            throw new IllegalArgumentException("at least one consumer: " + consumers);
        }
        this.consumers = consumers;
        this.flow = flow;
        this.archive = archive;
        this.errorHandling = errorHandling;
    }

    @Override
    public void configure() {
        from(TransactedQueue.consumer(ReceivedMessage.QUEUE, consumers))
                .routeId(ROUTE_ID)
                .routeConfigurationId(errorHandling)
                .process(this::process);
    }

    private void process(Exchange exchange) throws Exception {
        InboundDocument document = ReceivedMessage.read(exchange.getIn(JmsMessage.class).getJmsMessage());
        exchange.setProperty(ReceivedMessage.EXCHANGE_MESSAGE_ID, document.messageId());
        if (archive.find(document.messageId(), ARCHIVE_STEP).isEmpty()) {
            archive.store(document.messageId(), ARCHIVE_STEP, document.content(), "bin");
        }
        flow.process(document);
    }
}
