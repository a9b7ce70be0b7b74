package com.example.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the search index is open or built: a load balancer sends no searches to a replica without one. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    SearchIndex index;

    @Inject
    IndexRebuilder rebuilder;

    @Inject
    OutboxApplier applier;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Search index").status(index.ready())
                .withData("rebuilding", rebuilder.rebuilding())
                .withData("documentsIndexedByRebuild", rebuilder.progress())
                .withData("outboxPosition", applier.position())
                .build();
    }
}
