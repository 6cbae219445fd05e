package org.entrepot.gateway;

import jakarta.jms.ConnectionFactory;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * A broker someone else runs, reached over the network. The gateway starts nothing; redelivery,
 * the dead-letter queue {@value Broker#DEAD_LETTER_QUEUE} and duplicate detection are that
 * broker's configuration (the embedded broker's settings in {@link EmbeddedBroker} are the model).
 */
public final class ExternalBroker implements Broker {

    private final ActiveMQConnectionFactory connectionFactory;
    private volatile boolean stopped;

    /**
     * @param url an Artemis core URL, e.g. {@code tcp://broker:61616} or
     *     {@code (tcp://a:61616,tcp://b:61616)?ha=true}
     * @param user user name, or empty
     * @param password password, or empty
     */
    public ExternalBroker(String url, Optional<String> user, Optional<String> password) {
        this.connectionFactory = new ActiveMQConnectionFactory(url, user.orElse(null), password.orElse(null));
    }

    @Override
    public ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    @Override
    public OptionalLong messageCount(String queue) {
        return OptionalLong.empty();
    }

    /** Closes the factory and clears Artemis' client thread pools so the JVM can exit. */
    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        connectionFactory.close();
        ActiveMQClient.clearThreadPools();
    }
}
