package com.example.portal.graphql.limits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;

/**
 * Counts the errors of GraphQL responses by their {@code extensions.code} (docs/operations.md "Metrics"): a spike of
 * INTERNAL_ERROR is ours to fix, of FORBIDDEN or BAD_REQUEST a client's. Tagged by code, never by message, so the
 * number of series stays small. Refusals of the HTTP guard (415, 405, ...) never reach the engine; they are in
 * {@code http_server_requests_seconds_count} by status. Unremovable: only looked up, by {@link QueryLimitsEventingService}
 * (which SmallRye loads with ServiceLoader, outside CDI), so no injection point keeps it.
 */
@Unremovable
@ApplicationScoped
public class GraphQLErrorMetrics {

    private final MeterRegistry registry;

    @Inject
    GraphQLErrorMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(String code) {
        Counter.builder("portal.graphql.errors").description("Errors in GraphQL responses, by extensions.code")
                .tag("code", code).register(registry).increment();
    }
}
