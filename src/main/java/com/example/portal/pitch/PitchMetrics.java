package com.example.portal.pitch;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The pitch feature's meter (docs/operations.md "Metrics"): how long a pitch or an account-list check takes. */
@ApplicationScoped
public class PitchMetrics {

    /** One client profile ({@code pitch}) or an uploaded list of up to 5000 accounts ({@code qualifyAccounts}). */
    public enum Kind {
        PITCH, QUALIFY_ACCOUNTS
    }

    /** Histogram buckets: a pitch is one profile; an account list can take seconds. */
    private static final Duration[] LATENCY_BUCKETS = { Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10) };

    private final MeterRegistry registry;

    @Inject
    PitchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs the work and records its time, with outcome "error" when it failed. */
    public <T> T timed(Kind kind, Supplier<T> work) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            T result = work.get();
            outcome = "ok";
            return result;
        } finally {
            sample.stop(Timer.builder("portal.pitch.duration").description("Time to answer a pitch or an account-list check")
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT)).tag("outcome", outcome)
                    .serviceLevelObjectives(LATENCY_BUCKETS).register(registry));
        }
    }
}
