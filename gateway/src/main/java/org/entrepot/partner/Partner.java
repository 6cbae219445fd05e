package org.entrepot.partner;

import java.util.List;
import java.util.Objects;

/**
 * A member of the trading community.
 *
 * @param id          stable short name; also a folder name, hence restricted to {@code [a-z0-9-]}
 * @param name        legal or display name, any script
 * @param identifiers how the partner appears in envelopes
 * @param http        whether the partner may submit over the HTTP API
 * @param certificates the certificates the partner signs with, by reference; empty when none are registered
 */
public record Partner(String id, String name, List<PartyId> identifiers, boolean http,
                      List<CertificateReference> certificates) {

    public Partner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        identifiers = List.copyOf(identifiers);
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
    }

    /** A partner without registered certificates. */
    public Partner(String id, String name, List<PartyId> identifiers, boolean http) {
        this(id, name, identifiers, http, List.of());
    }
}
