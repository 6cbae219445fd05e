package org.entrepot.deliver;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entrepot.partner.Delivery;
import org.entrepot.translate.Format;

/**
 * How a document for a network channel travels on {@value #QUEUE}: a persistent BytesMessage
 * whose body is the bytes to send, with string and int properties for the rest. The channel
 * settings are not on the message; they are looked up when the try runs (see
 * {@link DeliveryResolver}).
 *
 * <p>Each try is its own message, with an Artemis duplicate id of transmission, generation
 * (how often an operator resent it) and attempt: queuing the same try twice, as a crash between
 * send and commit can, leaves one.
 */
public final class OutboundMessage {

    /** The queue of documents waiting for a network channel. */
    public static final String QUEUE = "entrepot.outbound";
    /** JMS property of Artemis: deliver no earlier than this epoch millisecond. */
    public static final String SCHEDULED = "_AMQ_SCHED_DELIVERY";

    private static final String MESSAGE_ID = "entrepotMessageId";
    private static final String INDEX = "entrepotIndex";
    private static final String RECEIVER = "entrepotReceiver";
    private static final String AGREEMENT = "entrepotAgreement";
    private static final String CHANNEL = "entrepotChannel";
    private static final String NAME = "entrepotName";
    private static final String DOCUMENT_FORMAT = "entrepotDocumentFormat";
    private static final String ATTEMPT = "entrepotAttempt";
    private static final String GENERATION = "entrepotGeneration";
    private static final String SIGNATURE = "entrepotSignature";
    private static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

    /**
     * A try read back from the queue.
     *
     * @param outbound   the document, with the channel settings the partner file has now
     * @param generation 0, or how often an operator resent it from the dead-letter queue
     * @param resolved   false when the partner file no longer has the agreement: the settings are empty
     */
    public record Queued(Outbound outbound, int generation, boolean resolved) {
    }

    private OutboundMessage() {
    }

    /**
     * The JMS properties of one try, ready as the headers of a Camel message sent to a JMS endpoint.
     *
     * @param notBefore epoch milliseconds before which the broker must not deliver it, or 0
     */
    public static Map<String, Object> properties(Outbound outbound, int generation, long notBefore) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(MESSAGE_ID, outbound.messageId());
        properties.put(INDEX, outbound.index());
        properties.put(RECEIVER, outbound.receiver());
        properties.put(AGREEMENT, outbound.agreementId());
        properties.put(CHANNEL, outbound.delivery().channel());
        properties.put(NAME, outbound.name());
        properties.put(DOCUMENT_FORMAT, outbound.format().name());
        properties.put(ATTEMPT, outbound.attempt());
        properties.put(GENERATION, generation);
        if (outbound.signature() != null) {
            properties.put(SIGNATURE, Base64.getEncoder().encodeToString(outbound.signature()));
        }
        properties.put(DUPLICATE_ID, outbound.transmissionId() + "#" + generation + "#" + outbound.attempt());
        if (notBefore > 0) {
            properties.put(SCHEDULED, notBefore);
        }
        return properties;
    }

    /**
     * Reads a try taken from {@value #QUEUE}.
     *
     * @throws IllegalArgumentException when the message is not in this layout
     */
    public static Queued read(Message message, DeliveryResolver resolver) throws JMSException {
        if (!(message instanceof BytesMessage) || message.getStringProperty(MESSAGE_ID) == null) {
            throw new IllegalArgumentException("not an outbound document: " + message);
        }
        String agreement = message.getStringProperty(AGREEMENT);
        String receiver = message.getStringProperty(RECEIVER);
        String channel = message.getStringProperty(CHANNEL);
        var delivery = resolver.resolve(agreement, receiver).filter(d -> d.channel().equals(channel));
        String signature = message.getStringProperty(SIGNATURE);
        byte[] content = message.getBody(byte[].class);
        Outbound outbound = new Outbound(message.getStringProperty(MESSAGE_ID), message.getIntProperty(INDEX), receiver,
                agreement, delivery.orElseGet(() -> new Delivery(channel)), message.getStringProperty(NAME),
                content == null ? new byte[0] : content, signature == null ? null : Base64.getDecoder().decode(signature),
                Format.valueOf(message.getStringProperty(DOCUMENT_FORMAT)), message.getIntProperty(ATTEMPT));
        return new Queued(outbound, message.getIntProperty(GENERATION), delivery.isPresent());
    }
}
