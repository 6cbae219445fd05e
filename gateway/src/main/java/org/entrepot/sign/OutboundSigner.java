package org.entrepot.sign;

import java.time.Clock;
import java.util.Objects;

/**
 * Signs what the gateway sends with whichever of its keys is active now, so that a scheduled
 * rotation takes effect at its moment without a restart.
 */
public final class OutboundSigner {

    /** A signature and the key that made it (for the tracking event). */
    public record Signed(byte[] signature, SigningKey key) {
    }

    private final CmsSigner signer;
    private final GatewayKeys keys;
    private final Clock clock;

    public OutboundSigner(CmsSigner signer, GatewayKeys keys, Clock clock) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Signs detached or enveloping with the key active at this moment. */
    public Signed sign(byte[] content, boolean detached) {
        SigningKey key = keys.at(clock.instant());
        return new Signed(signer.sign(content, key, detached), key);
    }

    public GatewayKeys keys() {
        return keys;
    }
}
