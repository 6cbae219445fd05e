package org.entrepot.receive;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The step every adapter ends with: the document becomes the JMS message of
 * {@link ReceivedMessage}, is sent to {@value ReceivedMessage#QUEUE}, and only then is the
 * channel acknowledged. The document itself rides along as an exchange property, so the steps
 * after the send see it unchanged.
 */
final class Handoff {

    /**
     * The queue endpoint. Sends are one-way and persistent; Artemis confirms a durable send only
     * once the journal has it, so a route that continues past this endpoint knows the document is
     * safe. Property names are passed through as they are: {@link ReceivedMessage} already made
     * them valid JMS identifiers.
     */
    static final String QUEUE_ENDPOINT = "jms:queue:" + ReceivedMessage.QUEUE
            + "?deliveryPersistent=true&disableReplyTo=true&jmsKeyFormatStrategy=passthrough";

    /** Route step id of the send, for tests and logs. */
    static final String PERSIST_STEP = "persist";

    private static final String DOCUMENT = "entrepot.document";

    private Handoff() {
    }

    /**
     * Turns the exchange's message into the queue message for a document. Every header the
     * channel brought is dropped first: over JMS they would become properties of the queued
     * message, and the sender must not be able to add any.
     */
    static void prepare(Exchange exchange, InboundDocument document) {
        exchange.setProperty(ReceivedMessage.EXCHANGE_MESSAGE_ID, document.messageId());
        exchange.setProperty(DOCUMENT, document);
        Message message = exchange.getMessage();
        message.getHeaders().clear();
        message.setBody(document.content());
        message.getHeaders().putAll(ReceivedMessage.properties(document));
    }

    /** @return the document {@link #prepare} put on the exchange */
    static InboundDocument document(Exchange exchange) {
        return exchange.getProperty(DOCUMENT, InboundDocument.class);
    }
}
