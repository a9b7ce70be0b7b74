package com.example.portal.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM. Quarkus reads configuration in several class loaders (build, runtime,
 * and every dev-mode restart), so the running server is found through a JVM-wide system property rather
 * than a static field; it stops with the JVM.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);

    private EmbeddedPostgresServer() {
    }

    /** The JDBC URL of the server on this data directory, started when this JVM has none yet. */
    static String jdbcUrl(Path dataDir, boolean clean) {
        Path dir = dataDir.toAbsolutePath().normalize();
        String key = "portal.embedded-postgres.running." + dir;
        synchronized (System.getProperties()) {
            String url = System.getProperty(key);
            if (url == null) {
                url = "jdbc:postgresql://localhost:" + start(dir, clean).getPort() + "/postgres";
                System.setProperty(key, url);
            }
            return url;
        }
    }

    private static EmbeddedPostgres start(Path dataDir, boolean clean) {
        try {
            // Binaries are unpacked next to the data, never into the shared /tmp default.
            Path workDir = dataDir.resolveSibling(dataDir.getFileName() + "-binaries");
            Files.createDirectories(workDir);
            Files.createDirectories(dataDir.getParent());
            if (clean) {
                deleteRecursively(dataDir);
            }
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(workDir.toFile())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .start();
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s (%d ms)", postgres.getPort(), dataDir,
                    (System.nanoTime() - started) / 1_000_000);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres), "embedded-postgres-stop"));
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        } catch (IllegalStateException e) {
            // zonky's own message ("Missing embedded postgres binaries") names neither the platform nor a way out.
            if (e.getMessage() == null || !e.getMessage().startsWith("Missing embedded postgres binaries")) {
                throw e;
            }
            throw new IllegalStateException("No embedded PostgreSQL binaries for " + System.getProperty("os.name")
                    + " " + System.getProperty("os.arch") + ": the build adds them for Linux and macOS on x86-64"
                    + " and arm64 (pom.xml profiles pg-*). Elsewhere set QUARKUS_DATASOURCE_JDBC_URL (and _USERNAME,"
                    + " _PASSWORD) to an external PostgreSQL; see docs/operations.md \"What runs where\".", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
