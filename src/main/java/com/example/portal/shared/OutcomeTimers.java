package com.example.portal.shared;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * One latency histogram tagged by {@code kind} (an enum's name in lower case) and {@code outcome} ("ok" or "error"):
 * each timer is built once, on its first use, so a timed request only records a sample.
 */
public final class OutcomeTimers<K extends Enum<K>> {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final Duration[] buckets;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public OutcomeTimers(MeterRegistry registry, String name, String description, Duration... buckets) {
        this.registry = registry;
        this.name = name;
        this.description = description;
        this.buckets = buckets;
    }

    /** Runs the work and records its time, with outcome "error" when it threw. */
    public <T> T timed(K kind, Supplier<T> work) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            T result = work.get();
            outcome = "ok";
            return result;
        } finally {
            sample.stop(timer(kind.name().toLowerCase(Locale.ROOT), outcome));
        }
    }

    private Timer timer(String kind, String outcome) {
        return timers.computeIfAbsent(kind + '/' + outcome, key -> Timer.builder(name).description(description)
                .tag("kind", kind).tag("outcome", outcome).serviceLevelObjectives(buckets).register(registry));
    }
}
