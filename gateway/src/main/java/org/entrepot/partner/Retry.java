package org.entrepot.partner;

import java.time.Duration;
import java.util.Objects;

/**
 * When a failed transmission is tried again: exponential backoff from {@code first}, doubling up
 * to {@code max}, each wait spread by ±{@code jitter} so that many documents for a partner that
 * was down do not all arrive the moment it is back. After {@code attempts} tries in all the
 * document goes to the dead-letter queue.
 *
 * @param attempts tries in all, at least 1
 * @param first    the wait before the second try
 * @param max      the longest wait between two tries
 * @param jitter   the share of each wait that is random, 0 to 1
 */
public record Retry(int attempts, Duration first, Duration max, double jitter) {

    /** Eight tries over about two hours. */
    public static final Retry DEFAULT = new Retry(8, Duration.ofSeconds(30), Duration.ofMinutes(30), 0.2);

    public Retry {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + attempts);
        }
        if (first.isNegative() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("waits must be 0 <= first <= max: " + first + ", " + max);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter is a share between 0 and 1: " + jitter);
        }
    }

    /** Whether a try that failed as try number {@code attempt} (1-based) may be followed by another. */
    public boolean allowsAnotherAfter(int attempt) {
        return attempt < attempts;
    }

    /**
     * The wait after failed try number {@code attempt} (1-based).
     *
     * @param random a number in [0, 1), so tests can fix the jitter
     */
    public Duration delayAfter(int attempt, double random) {
        long base = first.toMillis();
        for (int i = 1; i < attempt && base < max.toMillis(); i++) {
            base *= 2;
        }
        base = Math.min(base, max.toMillis());
        double spread = base * jitter * (2 * random - 1);
        return Duration.ofMillis(Math.max(0, Math.round(base + spread)));
    }
}
