package org.entrepot.sign.xades;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.entrepot.sign.timestamp.TimestampClient;

/**
 * How to sign an XML document.
 *
 * @param placement  where the signature goes; null lets the document's standard decide
 *                   ({@link SignaturePlacement#of})
 * @param timestamps the timestamp authority for a baseline B-T signature; null signs B-B
 * @param clock      the source of the signing time
 */
public record XadesOptions(SignaturePlacement placement, TimestampClient timestamps, Clock clock) {

    public XadesOptions {
        Objects.requireNonNull(clock, "clock");
    }

    /** Baseline B-B, placed where the document's standard expects it. */
    public static XadesOptions baselineB() {
        return new XadesOptions(null, null, Clock.systemUTC());
    }

    /** Baseline B-T: B-B plus a signature timestamp from {@code authority}. */
    public static XadesOptions baselineT(TimestampClient authority) {
        return new XadesOptions(null, Objects.requireNonNull(authority, "authority"), Clock.systemUTC());
    }

    public XadesOptions placedAt(SignaturePlacement where) {
        return new XadesOptions(where, timestamps, clock);
    }

    public XadesOptions at(Clock signingClock) {
        return new XadesOptions(placement, timestamps, signingClock);
    }

    Optional<TimestampClient> timestampClient() {
        return Optional.ofNullable(timestamps);
    }
}
