package com.example.portal.database;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Supplies the datasource URL of an embedded PostgreSQL when none is configured and the embedded database
 * is enabled (dev and test profiles). A config source rather than a Quarkus extension because the
 * Quarkiverse extension starts a server in every profile, even when an explicit URL is set.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (isSet(context.getValue(URL)) || !Boolean.parseBoolean(valueOf(context, "portal.embedded-postgres.enabled", "false"))) {
            return List.of();
        }
        Path dataDir = Path.of(valueOf(context, "portal.embedded-postgres.data-dir", "target/embedded-pg/data"));
        boolean clean = Boolean.parseBoolean(valueOf(context, "portal.embedded-postgres.clean", "false"));
        return List.of(new PropertiesConfigSource(Map.of(
                URL, EmbeddedPostgresServer.jdbcUrl(dataDir, clean),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.USER),
                "embedded-postgres", 50));
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOf(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return isSet(value) ? value.getValue() : fallback;
    }
}
