package org.entrepot.deliver;

import java.util.List;
import java.util.Map;

/**
 * A way documents leave the gateway (and, for most, come back in: AS2 MDNs and inbound AS2
 * messages, bank files polled over SFTP, customs answers, carrier webhooks).
 *
 * <p>The delivery route calls {@link #send} once per try, on one of several consumer threads, so
 * an implementation is thread-safe and bounds every network wait by the receiver's
 * {@code connectTimeout}/{@code readTimeout}: a peer that hangs must not hold a thread for long.
 * Retries, backoff, dead letters and tracking are the route's job, not the channel's.
 */
public interface Channel extends AutoCloseable {

    /** The name agreements use, one of {@link org.entrepot.partner.Delivery#CHANNELS}. */
    String name();

    /**
     * What is wrong with a receiver's settings for this channel, found when the gateway starts so
     * that a typo does not wait for the first document to show.
     *
     * @return one sentence per problem, naming the setting; empty when the settings work
     */
    default List<String> problems(String receiver, Map<String, String> parameters) {
        return List.of();
    }

    /**
     * Starts the channel's inbound side (servers, pollers), once, before any {@link #send}.
     */
    default void start(ChannelContext context) throws Exception {
    }

    /**
     * Sends one document.
     *
     * @return what the receiver confirmed
     * @throws DeliveryFailure when the document did not arrive, or its arrival cannot be proven
     */
    Transmission send(Outbound outbound) throws DeliveryFailure;

    /** Stops the inbound side and frees connections. */
    @Override
    default void close() throws Exception {
    }
}
