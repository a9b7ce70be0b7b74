package com.example.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.operations.OtlpReceiver;

/**
 * Issue 16, traces: switched on by configuration alone (docs/operations.md "Traces"), the packaged portal in production
 * mode exports the spans of a GraphQL request to the configured OTLP collector (a stand-in HTTP server here). The other
 * half, off by default and silent with a collector configured, is TracingOffByDefaultQuarkusTest. Run by failsafe in
 * {@code ./mvnw verify}, after packaging.
 */
class TracingIT {

    private static final Path WORK = Path.of("target/tracing-it").toAbsolutePath();

    @Test
    void aPortalWithTracingSwitchedOnExportsItsRequestsSpans() throws Exception {
        OtlpReceiver collector = new OtlpReceiver();
        Map<String, String> tracing = new LinkedHashMap<>(collector.start());
        tracing.put("quarkus.otel.sdk.disabled", "false");
        // The batch processor's default delay is 5 s: a shorter one keeps the test short, the behaviour the same.
        tracing.put("quarkus.otel.bsp.schedule.delay", "PT0.2S");
        try (Replicas portal = Replicas.start(WORK, 1, List.of("-Xmx512m"), tracing)) {
            String sales = portal.tokens.token("tracing-sales", "sales");
            portal.graphql(0).data(sales, "query { search(query: \"колл-трекинг\") { totalCount } }", Map.of(),
                    Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!collector.received().contains("/v1/traces") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(collector.received()).as("paths the collector received exports at").contains("/v1/traces");
        } finally {
            collector.stop();
        }
    }
}
