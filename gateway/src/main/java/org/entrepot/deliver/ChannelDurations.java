package org.entrepot.deliver;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** How every channel reads a duration setting (timeouts, poll intervals) from a partner's settings. */
public final class ChannelDurations {

    /** The shortest duration a timeout may be: anything above zero. */
    public static final Duration POSITIVE = Duration.ofMillis(1);

    /** No upper bound. */
    public static final Duration UNBOUNDED = Duration.ofDays(36_500);

    private ChannelDurations() {
    }

    /** Reads {@code key} as a duration above zero, without upper bound. */
    public static Duration positive(Map<String, String> parameters, String key, Duration fallback, String where,
                                    List<String> problems) {
        return read(parameters, key, fallback, POSITIVE, UNBOUNDED, where, problems);
    }

    /**
     * Reads {@code key} as an ISO-8601 duration between {@code least} and {@code most}.
     *
     * @param where    put before each problem, e.g. {@code "soap: "}; may be empty
     * @param problems where a problem is added, naming the key and the value
     * @return the duration, or {@code fallback} when the setting is absent or unreadable
     */
    public static Duration read(Map<String, String> parameters, String key, Duration fallback, Duration least,
                                Duration most, String where, List<String> problems) {
        String value = parameters.get(key);
        if (value == null) {
            return fallback;
        }
        Duration duration;
        try {
            duration = Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(where + key + " '" + value + "' is not an ISO-8601 duration such as PT10S");
            return fallback;
        }
        if (duration.compareTo(least) < 0) {
            problems.add(where + key + " '" + value + "' must be "
                    + (least.equals(POSITIVE) ? "positive" : "at least " + least));
            return fallback;
        }
        if (duration.compareTo(most) > 0) {
            problems.add(where + key + " '" + value + "' must be at most " + most);
            return fallback;
        }
        return duration;
    }
}
