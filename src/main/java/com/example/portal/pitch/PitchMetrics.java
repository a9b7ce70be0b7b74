package com.example.portal.pitch;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.shared.OutcomeTimers;

import io.micrometer.core.instrument.MeterRegistry;

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

    private final OutcomeTimers<Kind> durations;

    @Inject
    PitchMetrics(MeterRegistry registry) {
        this.durations = new OutcomeTimers<>(registry, "portal.pitch.duration",
                "Time to answer a pitch or an account-list check", LATENCY_BUCKETS);
    }

    /** Runs the work and records its time, with outcome "error" when it failed. */
    public <T> T timed(Kind kind, Supplier<T> work) {
        return durations.timed(kind, work);
    }
}
