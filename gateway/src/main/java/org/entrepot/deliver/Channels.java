package org.entrepot.deliver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entrepot.config.GatewayConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network channels of a gateway, by name. The directory channel is not among them: the
 * delivery step writes a receiver's folder itself, in the processing transaction.
 */
public final class Channels implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Channels.class);

    private final Map<String, Channel> byName = new LinkedHashMap<>();

    public Channels(List<Channel> channels) {
        for (Channel channel : channels) {
            if (byName.putIfAbsent(channel.name(), channel) != null) {
                throw new IllegalArgumentException("two channels are named " + channel.name());
            }
        }
    }

    /** Every channel the gateway ships with. */
    public static Channels standard(GatewayConfig config) {
        List<Channel> channels = new ArrayList<>();
        channels.add(new org.entrepot.deliver.rest.RestChannel(config));
        channels.add(new org.entrepot.deliver.sftp.SftpChannel(config));
        channels.add(new org.entrepot.deliver.soap.SoapChannel());
        channels.add(new org.entrepot.deliver.as2.As2Channel(config));
        return new Channels(channels);
    }

    /** No network channel: every agreement delivers to folders. */
    public static Channels none() {
        return new Channels(List.of());
    }

    public Optional<Channel> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Channel> all() {
        return List.copyOf(byName.values());
    }

    @Override
    public void close() {
        for (Channel channel : byName.values()) {
            try {
                channel.close();
            } catch (Exception e) {
                LOG.warn("channel {} did not close cleanly: {}", channel.name(), e.getMessage());
            }
        }
    }
}
