package org.entrepot.gateway;

import jakarta.jms.ConnectionFactory;
import java.util.OptionalLong;

/**
 * The message broker the gateway's durable queues live on: the embedded Artemis by default, an
 * external one in production. Either way the gateway only needs a connection factory; the
 * broker's own settings (redelivery, dead letters) belong to whoever runs it.
 */
public interface Broker extends AutoCloseable {

    /** The queue where documents that failed every delivery attempt wait for an operator. */
    String DEAD_LETTER_QUEUE = "entrepot.dead";

    /** @return a factory for connections to this broker; shared, do not close it */
    ConnectionFactory connectionFactory();

    /**
     * How many messages a queue holds, counting those being delivered and those waiting for a
     * redelivery delay.
     *
     * @param queue the queue name
     * @return the count, or empty when this broker cannot tell (an external broker)
     */
    OptionalLong messageCount(String queue);

    /** Closes the connection factory and, for the embedded broker, stops it. Safe to call twice. */
    void stop();

    /** Same as {@link #stop()}. */
    @Override
    default void close() {
        stop();
    }
}
