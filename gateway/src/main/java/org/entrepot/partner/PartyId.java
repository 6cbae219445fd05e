package org.entrepot.partner;

import java.util.Objects;

/** One way a partner is named in envelopes: a scheme and the identifier issued under it. */
public record PartyId(IdScheme scheme, String value) {

    public PartyId {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
    }

    /** {@code GLN 4012345000009}: how operators see it in messages. */
    @Override
    public String toString() {
        return scheme + " " + value;
    }
}
