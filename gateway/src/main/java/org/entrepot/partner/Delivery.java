package org.entrepot.partner;

import java.util.Objects;
import java.util.Set;

/**
 * How an agreement's documents reach the receiver.
 *
 * @param channel the delivery adapter; {@value #DIRECTORY} writes to the receiver's outbox folder
 */
public record Delivery(String channel) {

    /** Write to a folder named after the receiver's id. */
    public static final String DIRECTORY = "directory";

    /** Channels a partner file may name. */
    public static final Set<String> CHANNELS = Set.of(DIRECTORY);

    public Delivery {
        Objects.requireNonNull(channel, "channel");
    }
}
