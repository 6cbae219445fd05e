package org.entrepot.partner;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How an agreement's documents reach the receiver: the channel, its parameters (the receiver's
 * {@code channels:} entry for it, overridden key by key by the agreement's {@code deliver:}) and
 * how often a failed transmission is tried again.
 *
 * @param channel    the delivery adapter, one of {@link #CHANNELS}
 * @param parameters the channel's settings for this receiver (URL, host, AS2 id…), never secrets
 * @param retry      the retry schedule of a channel that can be down
 */
public record Delivery(String channel, Map<String, String> parameters, Retry retry) {

    /** Write to a folder named after the receiver's id. */
    public static final String DIRECTORY = "directory";
    /** AS2 (RFC 4130) to the receiver's AS2 server. */
    public static final String AS2 = "as2";
    /** Upload to the receiver's SFTP server. */
    public static final String SFTP = "sftp";
    /** A SOAP call to the receiver's web service. */
    public static final String SOAP = "soap";
    /** An HTTPS request to the receiver's REST API. */
    public static final String REST = "rest";

    /** Channels a partner file may name. */
    public static final Set<String> CHANNELS = Set.of(DIRECTORY, AS2, SFTP, SOAP, REST);

    public Delivery {
        Objects.requireNonNull(channel, "channel");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        retry = retry == null ? Retry.DEFAULT : retry;
    }

    /** A channel with no parameters and the default retry schedule. */
    public Delivery(String channel) {
        this(channel, Map.of(), Retry.DEFAULT);
    }

    /**
     * Whether the document is delivered in the processing transaction itself: a local folder
     * cannot be down, so only network channels go through the outbound queue and its retries.
     */
    public boolean inline() {
        return DIRECTORY.equals(channel);
    }

    /** A parameter, or {@code fallback} when the receiver's settings do not name it. */
    public String parameter(String key, String fallback) {
        return parameters.getOrDefault(key, fallback);
    }
}
