package org.entrepot.receive;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a received document travels on the queue {@value #QUEUE}: one persistent JMS
 * {@link BytesMessage} whose body is the document's bytes, unchanged, with string properties
 * for everything else.
 *
 * <table>
 *   <caption>JMS properties</caption>
 *   <tr><td>{@value #MESSAGE_ID}</td><td>the gateway's message id</td></tr>
 *   <tr><td>{@value #FORMAT}</td><td>{@value #FORMAT_VERSION}, the version of this layout</td></tr>
 *   <tr><td>{@value #DUPLICATE_ID}</td><td>the message id again, for Artemis' duplicate detection</td></tr>
 *   <tr><td>{@value #METADATA_PREFIX}<i>key</i></td><td>one per metadata entry, the key encoded</td></tr>
 * </table>
 *
 * <p>JMS property names must be Java identifiers, and metadata keys need not be. A key is
 * therefore encoded: ASCII letters and digits stay, every other character (including {@code _})
 * becomes {@code _} and four hex digits of its UTF-16 code unit, so {@code fileName} stays
 * {@code entrepotMeta_fileName} and {@code content-type} becomes
 * {@code entrepotMeta_content_002Dtype}. The encoding is reversible, so any key survives.
 *
 * <p>Headers named {@code Camel…} are not carried over JMS, which is why nothing here relies
 * on Camel's headers: the consumer rebuilds the document from the JMS message alone.
 */
public final class ReceivedMessage {

    /** The queue adapters put received documents on and the processing route consumes. */
    public static final String QUEUE = "entrepot.received";
    /** JMS property: the gateway's message id. */
    public static final String MESSAGE_ID = "entrepotMessageId";
    /** JMS property: the layout version, so a later layout can still read queued messages. */
    public static final String FORMAT = "entrepotFormat";
    /** The layout this class writes and reads. */
    public static final String FORMAT_VERSION = "1";
    /** JMS property Artemis uses for duplicate detection. */
    public static final String DUPLICATE_ID = "_AMQ_DUPL_ID";
    /** Prefix of the JMS properties that carry metadata. */
    public static final String METADATA_PREFIX = "entrepotMeta_";
    /**
     * Exchange property that holds the message id once a route knows it, so that logs and the
     * shared error handler can name the document.
     */
    public static final String EXCHANGE_MESSAGE_ID = "entrepot.messageId";

    private ReceivedMessage() {
    }

    /**
     * The JMS properties for a document, ready to be set as the headers of a Camel message sent
     * to a JMS endpoint (or on a JMS message directly).
     *
     * @param document the document
     * @return property name to value, in a stable order
     */
    public static Map<String, Object> properties(InboundDocument document) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(MESSAGE_ID, document.messageId());
        properties.put(FORMAT, FORMAT_VERSION);
        properties.put(DUPLICATE_ID, document.messageId());
        document.metadata().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> properties.put(METADATA_PREFIX + encodeKey(entry.getKey()), entry.getValue()));
        return properties;
    }

    /**
     * Rebuilds the document from a message in this layout.
     *
     * @param message a message taken from {@value #QUEUE}
     * @return the document, bytes exactly as sent
     * @throws IllegalArgumentException if the message is not in this layout; it then goes the way
     *     of every failing message, to the dead-letter queue after the last attempt
     * @throws JMSException if the message cannot be read
     */
    public static InboundDocument read(Message message) throws JMSException {
        if (!(message instanceof BytesMessage)) {
            throw new IllegalArgumentException("not a received document: expected a BytesMessage, got "
                    + (message == null ? "null" : message.getClass().getSimpleName()));
        }
        String format = message.getStringProperty(FORMAT);
        if (!FORMAT_VERSION.equals(format)) {
            throw new IllegalArgumentException("not a received document: layout " + format
                    + ", this gateway reads " + FORMAT_VERSION);
        }
        String messageId = message.getStringProperty(MESSAGE_ID);
        if (messageId == null || messageId.isBlank()) {
            throw new IllegalArgumentException("not a received document: no " + MESSAGE_ID);
        }
        byte[] content = message.getBody(byte[].class);
        return new InboundDocument(messageId, content == null ? new byte[0] : content, metadata(message));
    }

    private static Map<String, String> metadata(Message message) throws JMSException {
        Map<String, String> metadata = new HashMap<>();
        for (Object name : Collections.list(message.getPropertyNames())) {
            String property = (String) name;
            if (property.startsWith(METADATA_PREFIX)) {
                metadata.put(decodeKey(property.substring(METADATA_PREFIX.length())),
                        message.getStringProperty(property));
            }
        }
        return metadata;
    }

    /**
     * @param key any string
     * @return the key with every character but ASCII letters and digits written as {@code _XXXX}
     */
    static String encodeKey(String key) {
        StringBuilder encoded = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                encoded.append(c);
            } else {
                encoded.append('_').append(String.format("%04X", (int) c));
            }
        }
        return encoded.toString();
    }

    /**
     * @param encoded a key written by {@link #encodeKey}
     * @return the original key
     * @throws IllegalArgumentException if it is not such a key
     */
    static String decodeKey(String encoded) {
        StringBuilder key = new StringBuilder(encoded.length());
        int i = 0;
        while (i < encoded.length()) {
            char c = encoded.charAt(i);
            if (c != '_') {
                key.append(c);
                i++;
            } else if (i + 5 <= encoded.length() && isHex(encoded, i + 1, i + 5)) {
                key.append((char) Integer.parseInt(encoded.substring(i + 1, i + 5), 16));
                i += 5;
            } else {
                throw new IllegalArgumentException("not an encoded metadata key: " + encoded);
            }
        }
        return key.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
