package com.example.portal.content;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.content.api.ImportContentPayload;
import com.example.portal.content.api.ImportCount;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** The content import's meters (docs/operations.md "Metrics"): how long imports take, and what they brought in. */
@ApplicationScoped
class ImportMetrics {

    private final MeterRegistry registry;

    @Inject
    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * Runs an import and records its time with its outcome: "applied", "refused" (the files had problems; nothing was
     * imported) or "error" (it failed unexpectedly); an applied import also counts the objects the files held.
     */
    ImportContentPayload timed(Supplier<ImportContentPayload> work) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            ImportContentPayload result = work.get();
            outcome = result.applied ? "applied" : "refused";
            if (result.applied) {
                for (ImportCount count : result.counts) {
                    Counter.builder("portal.content.import.objects").description("Objects read from the content files by applied imports")
                            .tag("kind", count.kind()).register(registry).increment(count.count());
                }
            }
            return result;
        } finally {
            sample.stop(Timer.builder("portal.content.import.duration").description("Time to import the content directory")
                    .tag("outcome", outcome).register(registry));
        }
    }
}
