package org.entrepot.receive;

import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;

/** The {@link Intake} of the running gateway: one persistent send to the received queue per document. */
public final class QueueIntake implements Intake {

    private final ProducerTemplate producer;
    private final Receipts receipts;

    public QueueIntake(ProducerTemplate producer, Receipts receipts) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
    }

    @Override
    public void submit(InboundDocument document) {
        Exchange exchange = new DefaultExchange(producer.getCamelContext(), ExchangePattern.InOnly);
        Handoff.prepare(exchange, document);
        Exchange sent = producer.send(Handoff.QUEUE_ENDPOINT, exchange);
        if (sent.getException() != null) {
            throw new IllegalStateException("document " + document.messageId() + " could not be queued: "
                    + sent.getException().getMessage(), sent.getException());
        }
        receipts.received(document);
    }
}
