package com.example.portal.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

/** Which configurations start an embedded PostgreSQL: only an enabled one without a datasource URL. */
class EmbeddedPostgresConfigSourceFactoryTest {

    private final EmbeddedPostgresConfigSourceFactory factory = new EmbeddedPostgresConfigSourceFactory();

    @Test
    void anExplicitUrlWinsAndNoServerStarts() {
        Path dataDir = Path.of("target/embedded-pg/never-started");
        Iterable<ConfigSource> sources = factory.getConfigSources(context(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://db.example:5432/portal",
                "portal.embedded-postgres.enabled", "true",
                "portal.embedded-postgres.data-dir", dataDir.toString())));
        assertThat(sources).isEmpty();
        assertThat(Files.exists(dataDir)).isFalse();
    }

    @Test
    void productionDefaultStartsNothing() {
        assertThat(factory.getConfigSources(context(Map.of()))).isEmpty();
    }

    @Test
    void enabledWithoutUrlSuppliesTheEmbeddedServersUrl() {
        Iterable<ConfigSource> sources = factory.getConfigSources(context(Map.of(
                "portal.embedded-postgres.enabled", "true",
                "portal.embedded-postgres.clean", "true",
                "portal.embedded-postgres.data-dir", "target/embedded-pg/factory-test")));
        assertThat(sources).singleElement().satisfies(source -> {
            assertThat(source.getValue("quarkus.datasource.jdbc.url")).startsWith("jdbc:postgresql://localhost:");
            assertThat(source.getValue("quarkus.datasource.username")).isEqualTo("postgres");
        });
        assertThat(Path.of("target/embedded-pg/factory-test/PG_VERSION")).exists();
    }

    private static ConfigSourceContext context(Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                String value = values.get(name);
                return value == null ? null : ConfigValue.builder().withName(name).withValue(value).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return values.keySet().iterator();
            }
        };
    }
}
