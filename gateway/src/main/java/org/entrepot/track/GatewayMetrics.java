package org.entrepot.track;

import java.util.Map;
import java.util.TreeMap;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The gateway's metrics: what an operator's monitoring scrapes and alerts on. Every alert the
 * gateway raises is both a tracking event (for the document's story) and a counter here (for the
 * dashboard), so an alert can be found from either side.
 *
 * <p>One registry per running gateway; metric names are dotted ({@code entrepot.ack.overdue}) and
 * tags carry the partner or agreement, never document content.
 */
public final class GatewayMetrics {

    private final MeterRegistry registry;

    public GatewayMetrics() {
        this(new SimpleMeterRegistry());
    }

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Counts one occurrence of {@code name}, tagged with key/value pairs. */
    public void increment(String name, String... tags) {
        Counter.builder(name).tags(Tags.of(tags)).register(registry).increment();
    }

    /** The current count of {@code name} with exactly these tags (0 when never counted). */
    public double count(String name, String... tags) {
        Counter counter = registry.find(name).tags(Tags.of(tags)).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Every meter as "name{tag=value,...}" → its first measured value, in name order; for status output. */
    public Map<String, Double> snapshot() {
        Map<String, Double> values = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            StringBuilder key = new StringBuilder(meter.getId().getName());
            if (!meter.getId().getTags().isEmpty()) {
                key.append('{');
                meter.getId().getTags().forEach(tag -> key.append(tag.getKey()).append('=').append(tag.getValue()).append(','));
                key.setCharAt(key.length() - 1, '}');
            }
            meter.measure().forEach(measurement -> values.putIfAbsent(key.toString(), measurement.getValue()));
        }
        return values;
    }
}
