package com.example.portal.operations;

import static com.example.portal.GraphQLClient.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * With a collector configured but tracing not switched on, nothing is exported: the application's default is off
 * ({@code quarkus.otel.sdk.disabled=true}), whatever else is set. The stand-in collector is a global test resource,
 * so every test shares one application (no restart for this class) and every test runs with an exporter configured
 * that must stay silent.
 */
@QuarkusTest
@WithTestResource(value = OtlpReceiver.class, scope = TestResourceScope.GLOBAL)
class TracingOffByDefaultQuarkusTest {

    @Test
    void requestsAreNotExported() throws InterruptedException {
        ADMIN.run("query { search(query: \"колл-трекинг\") { totalCount } }");
        // Were tracing on, the batch span processor would export within its 5 s schedule delay: wait past it.
        Thread.sleep(6_000);
        assertThat(OtlpReceiver.exports()).isEmpty();
    }
}
