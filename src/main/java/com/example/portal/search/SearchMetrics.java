package com.example.portal.search;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.shared.OutcomeTimers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * The search feature's meters, listed in docs/operations.md "Metrics": how long searches and suggestions take, how
 * far this replica's index is behind the outbox, and the rebuilds. Started with the application so that the lag
 * gauge is there from the first scrape.
 */
@Startup
@ApplicationScoped
public class SearchMetrics {

    /** What was asked: the full search (facets and highlights included, when selected) or autocomplete. */
    public enum Kind {
        SEARCH, SUGGEST
    }

    /** Histogram buckets: autocomplete must answer within a keystroke; a second is a slow search. */
    private static final Duration[] LATENCY_BUCKETS = { Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500) };

    private final MeterRegistry registry;
    private final OutcomeTimers<Kind> durations;
    private final Counter rebuiltDocuments;

    @Inject
    SearchMetrics(MeterRegistry registry, OutboxApplier applier) {
        this.registry = registry;
        this.durations = new OutcomeTimers<>(registry, "portal.search.duration", "Time to answer a search or suggestion",
                LATENCY_BUCKETS);
        // Events recorded by any replica that this one has not applied yet; 0 when caught up. Read at each scrape.
        Gauge.builder("portal.search.index.lag", applier::unappliedEvents)
                .baseUnit("events").description("Outbox events this replica's search index has not applied yet")
                .register(registry);
        this.rebuiltDocuments = Counter.builder("portal.search.rebuild.documents")
                .description("Documents indexed by rebuilds of this replica's search index").register(registry);
    }

    /** Runs a search or suggestion and records its time, with outcome "error" when it failed (e.g. a bad query). */
    public <T> T timed(Kind kind, Supplier<T> work) {
        return durations.timed(kind, work);
    }

    /** A rebuild ended: swapped in ("ok") or abandoned ("error", the old index kept serving). */
    void rebuildEnded(long nanos, long documents, boolean swapped) {
        Timer.builder("portal.search.rebuild.duration").description("Time to rebuild this replica's search index")
                .tag("outcome", swapped ? "ok" : "error").register(registry).record(nanos, TimeUnit.NANOSECONDS);
        rebuiltDocuments.increment(documents);
    }
}
