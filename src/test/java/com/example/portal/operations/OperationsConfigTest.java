package com.example.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.example.portal.graphql.limits.ApplicationConfig;

import io.smallrye.config.SmallRyeConfig;

/**
 * What application.properties gives each profile for logs and traces (docs/operations.md): JSON log lines in
 * production only, tracing off everywhere unless switched on.
 */
class OperationsConfigTest {

    private static boolean flag(String profile, String name) {
        SmallRyeConfig config = ApplicationConfig.forProfile(profile);
        return config.getValue(name, Boolean.class);
    }

    @Test
    void productionLogsJsonAndDevAndTestStayReadable() {
        assertThat(flag("prod", "quarkus.log.console.json.enabled")).isTrue();
        assertThat(flag("dev", "quarkus.log.console.json.enabled")).isFalse();
        assertThat(flag("test", "quarkus.log.console.json.enabled")).isFalse();
    }

    @Test
    void tracingIsOffInEveryProfile() {
        for (String profile : new String[] { "prod", "dev", "test" }) {
            assertThat(flag(profile, "quarkus.otel.sdk.disabled")).as(profile).isTrue();
        }
    }
}
