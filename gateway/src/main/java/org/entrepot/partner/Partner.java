package org.entrepot.partner;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A member of the trading community.
 *
 * @param id          stable short name; also a folder name, hence restricted to {@code [a-z0-9-]}
 * @param name        legal or display name, any script
 * @param identifiers how the partner appears in envelopes
 * @param http        whether the partner may submit over the HTTP API
 * @param certificates the certificates the partner signs with, by reference; empty when none are registered
 * @param channels    the partner's settings per delivery channel ({@code as2} → url, AS2 id…)
 */
public record Partner(String id, String name, List<PartyId> identifiers, boolean http,
                      List<CertificateReference> certificates, Map<String, Map<String, String>> channels) {

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        identifiers = List.copyOf(identifiers);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
        channels = channels == null ? Map.of() : channels.entrySet().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    }

    /** A partner without channel settings. */
    public Partner(String id, String name, List<PartyId> identifiers, boolean http,
                   List<CertificateReference> certificates) {
        this(id, name, identifiers, http, certificates, Map.of());
    }

    /** The partner's settings for one channel; empty when it has none. */
    public Map<String, String> channel(String name) {
        return channels.getOrDefault(name, Map.of());
    }

    /** A partner without registered certificates. */
    public Partner(String id, String name, List<PartyId> identifiers, boolean http) {
        this(id, name, identifiers, http, List.of(), Map.of());
    }
}
