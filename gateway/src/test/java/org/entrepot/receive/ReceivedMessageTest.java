package org.entrepot.receive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.util.Map;
import org.entrepot.gateway.EmbeddedBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceivedMessageTest {

    @TempDir
    Path data;

    @Test
    void metadataKeysBecomeJavaIdentifiersAndBack() {
        for (String key : new String[] {"fileName", "content-type", "a.b", "under_score", "ünï", "x y=z\n", "_0041"}) {
            String encoded = ReceivedMessage.encodeKey(key);
            assertTrue(isJavaIdentifier(ReceivedMessage.METADATA_PREFIX + encoded), encoded);
            assertEquals(key, ReceivedMessage.decodeKey(encoded));
        }
        assertEquals("fileName", ReceivedMessage.encodeKey("fileName"));
        assertEquals("content_002Dtype", ReceivedMessage.encodeKey("content-type"));
    }

    @Test
    void aKeyThatWasNotEncodedHereIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReceivedMessage.decodeKey("a_zz"));
        assertThrows(IllegalArgumentException.class, () -> ReceivedMessage.decodeKey("a_+123"));
        assertThrows(IllegalArgumentException.class, () -> ReceivedMessage.decodeKey("a_12"));
    }

    @Test
    void aDocumentCrossesTheBrokerUnchanged() throws Exception {
        byte[] content = new byte[70_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) i;
        }
        InboundDocument sent = new InboundDocument("01JC0000000000000000000000", content, Map.of(
                InboundDocument.CHANNEL, "inbox", InboundDocument.FILE_NAME, "INV 1.edi\nX-Evil: 1",
                "odd key-1", "value"));

        try (EmbeddedBroker broker = EmbeddedBroker.start(data.resolve("broker"), 100, 3);
                Connection connection = broker.connectionFactory().createConnection()) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue(ReceivedMessage.QUEUE);
            BytesMessage message = session.createBytesMessage();
            message.writeBytes(sent.content());
            for (Map.Entry<String, Object> property : ReceivedMessage.properties(sent).entrySet()) {
                message.setObjectProperty(property.getKey(), property.getValue());
            }
            MessageProducer producer = session.createProducer(queue);
            producer.send(message);
            MessageConsumer consumer = session.createConsumer(queue);

            InboundDocument received = ReceivedMessage.read(consumer.receive(5_000));

            assertEquals(sent.messageId(), received.messageId());
            assertArrayEquals(sent.content(), received.content());
            assertEquals(sent.metadata(), received.metadata());
        }
    }

    private static boolean isJavaIdentifier(String name) {
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            return false;
        }
        return name.chars().allMatch(Character::isJavaIdentifierPart);
    }
}
