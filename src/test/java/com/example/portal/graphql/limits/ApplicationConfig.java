package com.example.portal.graphql.limits;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * src/main/resources/application.properties resolved by SmallRye Config for one profile, as Quarkus resolves it
 * when the application runs in that profile (without environment variables or system properties).
 */
public final class ApplicationConfig {

    static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");

    private ApplicationConfig() {
    }

    public static SmallRyeConfig forProfile(String profile) {
        try {
            return new SmallRyeConfigBuilder()
                    .withProfile(profile)
                    .withSources(new PropertiesConfigSource(APPLICATION_PROPERTIES.toUri().toURL(), 250))
                    .withMapping(QueryLimits.class)
                    .addDefaultInterceptors()
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QueryLimits limits(String profile) {
        return forProfile(profile).getConfigMapping(QueryLimits.class);
    }
}
