package com.example.portal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL (zonky) that the harness starts for the packaged portals it launches, which connect to it
 * over JDBC as to an external one (the benchmark, ReplicasIT, the replica drills). A shutdown hook stops it if the
 * harness dies first.
 */
final class HarnessPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Thread hook;

    private HarnessPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.hook = new Thread(this::stop, "harness-postgres-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts an empty database in dataDir (cleaned first); the binaries are unpacked once beside the others' in target/. */
    static HarnessPostgres start(Path dataDir) throws IOException {
        return new HarnessPostgres(EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(Path.of("target/bench-pg-binaries").toAbsolutePath().toFile())
                .setDataDirectory(dataDir).setCleanDataDirectory(true).start());
    }

    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** The datasource settings a portal needs to use this database. */
    Map<String, String> portalProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        properties.put("quarkus.datasource.username", "postgres");
        properties.put("quarkus.datasource.password", "postgres");
        return properties;
    }

    private void stop() {
        try {
            postgres.close();
        } catch (Exception e) {
            System.err.println("[harness] embedded PostgreSQL did not stop cleanly: " + e);
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
