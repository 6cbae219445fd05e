package org.entrepot.partner;

import java.util.Map;
import java.util.Set;

/**
 * The settings each channel understands, so that a misspelt key in a partner's {@code channels:}
 * or an agreement's {@code deliver:} is refused with its line instead of silently ignored. The
 * channel itself checks the values when the gateway starts.
 */
final class ChannelKeys {

    /** Settings every network channel has. */
    static final Set<String> COMMON = Set.of("connectTimeout", "readTimeout");

    private static final Map<String, Set<String>> KEYS = Map.of(
            Delivery.DIRECTORY, Set.of(),
            Delivery.AS2, Set.of("url", "as2Id", "certificate", "encrypt", "compress", "sign", "mdn",
                    "signMdn", "subject"),
            Delivery.SFTP, Set.of("host", "port", "user", "hostKey", "upload", "poll", "pollEvery",
                    "processed"),
            Delivery.SOAP, Set.of("url", "certificate"),
            Delivery.REST, Set.of("url", "auth", "contentType", "serverCertificate", "serverFingerprint",
                    "webhookSignature"));

    private ChannelKeys() {
    }

    /** The keys a channel's settings may have, or an empty set for a channel without any. */
    static Set<String> of(String channel) {
        Set<String> own = KEYS.getOrDefault(channel, Set.of());
        if (Delivery.DIRECTORY.equals(channel)) {
            return own;
        }
        return union(own, COMMON);
    }

    /** Every key of every channel. */
    static Set<String> all() {
        Set<String> all = new java.util.HashSet<>(COMMON);
        KEYS.values().forEach(all::addAll);
        return all;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
