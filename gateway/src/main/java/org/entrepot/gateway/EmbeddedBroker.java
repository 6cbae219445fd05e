package org.entrepot.gateway;

import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.remoting.impl.invm.TransportConstants;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ActiveMQServers;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.entrepot.deliver.OutboundMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.entrepot.receive.ReceivedMessage;

/**
 * Artemis inside the gateway's JVM, with a persistent journal in {@code <data>/broker}, so a
 * document on a queue survives a crash or a restart.
 *
 * <p>It accepts in-VM connections only: nothing listens on the network, which is also why
 * security is off (only code in this JVM can reach it). {@value ReceivedMessage#QUEUE} is
 * delivered up to the configured number of times, with a delay between attempts, and then moved
 * to {@value Broker#DEAD_LETTER_QUEUE}, where it stays visible. Duplicate detection is on: a
 * message carrying {@code _AMQ_DUPL_ID} that the broker has already seen is dropped, and the ids
 * seen are kept in the journal across restarts.
 */
public final class EmbeddedBroker implements Broker {

    /** Duplicate ids remembered per address; a resend older than this many messages is not caught. */
    static final int DUPLICATE_ID_CACHE = 100_000;

    // each broker in this JVM gets its own in-VM server id, so tests can run two side by side
    private static final AtomicInteger SERVER_IDS = new AtomicInteger();

    private final ActiveMQServer server;
    private final ActiveMQConnectionFactory connectionFactory;
    private volatile boolean stopped;

    private EmbeddedBroker(ActiveMQServer server, int serverId) {
        this.server = server;
        this.connectionFactory = new ActiveMQConnectionFactory("vm://" + serverId);
    }

    /**
     * Starts a broker on the given folder, recovering whatever its journal holds.
     *
     * @param brokerDir folder for the journal, bindings, large messages and paging
     * @param redeliveryDelayMillis wait before a failed document is delivered again
     * @param maxDeliveryAttempts deliveries before a failing document goes to the dead-letter queue
     * @return the running broker
     * @throws IllegalStateException if it does not start
     */
    public static EmbeddedBroker start(Path brokerDir, long redeliveryDelayMillis, int maxDeliveryAttempts) {
        int serverId = SERVER_IDS.incrementAndGet();
        Configuration configuration = configuration(brokerDir, serverId, redeliveryDelayMillis, maxDeliveryAttempts);
        // persistence as configured above (the two-argument overload would override it)
        ActiveMQServer server = ActiveMQServers.newActiveMQServer(configuration);
        try {
            server.start();
            if (!server.waitForActivation(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("the embedded broker did not become active");
            }
        } catch (Exception e) {
            stopQuietly(server, e);
            throw new IllegalStateException("cannot start the embedded broker in " + brokerDir + ": " + e.getMessage(), e);
        }
        return new EmbeddedBroker(server, serverId);
    }

    private static Configuration configuration(Path brokerDir, int serverId, long redeliveryDelayMillis,
            int maxDeliveryAttempts) {
        Path dir = brokerDir.toAbsolutePath();
        Configuration configuration = new ConfigurationImpl()
                .setName("entrepot")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(dir.resolve("journal").toString())
                .setBindingsDirectory(dir.resolve("bindings").toString())
                .setLargeMessagesDirectory(dir.resolve("large-messages").toString())
                .setPagingDirectory(dir.resolve("paging").toString())
                // NIO works everywhere; AIO needs libaio and would fall back with a warning anyway
                .setJournalType(JournalType.NIO)
                .setJournalMinFiles(2)
                .setIDCacheSize(DUPLICATE_ID_CACHE)
                .setPersistIDCache(true)
                .addAcceptorConfiguration(new TransportConfiguration(InVMAcceptorFactory.class.getName(),
                        Map.of(TransportConstants.SERVER_ID_PROP_NAME, serverId)));
        configuration.addAddressSetting(ReceivedMessage.QUEUE, new AddressSettings()
                .setMaxDeliveryAttempts(maxDeliveryAttempts)
                .setRedeliveryDelay(redeliveryDelayMillis)
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                // the gateway sends without a time to live; should anyone set one, nothing vanishes
                .setExpiryAddress(SimpleString.of(DEAD_LETTER_QUEUE)));
        // a try that throws (not a delivery failure, which DeliveryAttempts handles: a gateway
        // fault such as a full disk) is redelivered like a received document, then parked
        configuration.addAddressSetting(OutboundMessage.QUEUE, new AddressSettings()
                .setMaxDeliveryAttempts(maxDeliveryAttempts)
                .setRedeliveryDelay(redeliveryDelayMillis)
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                .setExpiryAddress(SimpleString.of(DEAD_LETTER_QUEUE)));
        // the end of the line: unlimited attempts, so a message stays until an operator acts. The
        // addresses pointing at itself are never used (no attempt limit, no time to live); they
        // only keep Artemis from warning at every start that the dead-letter queue has none
        configuration.addAddressSetting(DEAD_LETTER_QUEUE, new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                .setExpiryAddress(SimpleString.of(DEAD_LETTER_QUEUE)));
        configuration.addQueueConfiguration(anycastQueue(ReceivedMessage.QUEUE));
        configuration.addQueueConfiguration(anycastQueue(OutboundMessage.QUEUE));
        configuration.addQueueConfiguration(anycastQueue(DEAD_LETTER_QUEUE));
        return configuration;
    }

    private static QueueConfiguration anycastQueue(String name) {
        return QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST).setDurable(true);
    }

    @Override
    public ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    @Override
    public OptionalLong messageCount(String queue) {
        Queue found = server.locateQueue(SimpleString.of(queue));
        return found == null ? OptionalLong.of(0) : OptionalLong.of(found.getMessageCount());
    }

    /**
     * Stops the broker and clears Artemis' shared client and in-VM thread pools, whose
     * non-daemon threads would otherwise keep a command-line JVM alive for about a minute.
     * Another Artemis client in the same JVM would lose its pools too, so only call this when the
     * gateway is done with the broker.
     */
    @Override
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        connectionFactory.close();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the embedded broker did not stop cleanly", e);
        } finally {
            InVMConnector.resetThreadPool();
            ActiveMQClient.clearThreadPools();
        }
    }

    private static void stopQuietly(ActiveMQServer server, Exception cause) {
        try {
            server.stop();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }
}
