package com.example.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Packaged portals in production mode (target/quarkus-app/quarkus-run.jar) on one embedded PostgreSQL, each with its
 * own index directory and replica id, trusting the harness's key pair: what ReplicasIT and the replica drills run.
 * Replica i keeps its index in work/index-i and logs to work/portal-i.log; the content directory is a copy of the
 * sample content/ in work/content (a test may add files to it before an import).
 */
final class Replicas implements AutoCloseable {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    final BenchTokens tokens = new BenchTokens();
    final Path work;
    final Path content;
    private final HarnessPostgres postgres;
    private final List<String> jvmOptions;
    private final PortalProcess[] portals;
    private final int[] ports;

    private Replicas(Path work, HarnessPostgres postgres, List<String> jvmOptions, int count) {
        this.work = work;
        this.content = work.resolve("content");
        this.postgres = postgres;
        this.jvmOptions = jvmOptions;
        this.portals = new PortalProcess[count];
        this.ports = new int[count];
    }

    /** A fresh database and count replicas, launched together (Flyway's lock orders their migrations), all ready. */
    static Replicas start(Path work, int count, List<String> jvmOptions) throws Exception {
        return start(work, count, jvmOptions, Map.of());
    }

    /** As above, each replica with these extra system properties. */
    static Replicas start(Path work, int count, List<String> jvmOptions, Map<String, String> extra) throws Exception {
        deleteRecursively(work);
        Files.createDirectories(work);
        Replicas replicas = new Replicas(work, HarnessPostgres.start(work.resolve("pg")), jvmOptions, count);
        try {
            copy(Path.of("content"), replicas.content);
            for (int i = 0; i < count; i++) {
                replicas.ports[i] = PortalProcess.freePort();
                replicas.portals[i] = replicas.launch(i, extra);
            }
            for (int i = 0; i < count; i++) {
                replicas.awaitReady(i);
            }
            return replicas;
        } catch (Exception e) {
            replicas.close();
            throw e;
        }
    }

    PortalProcess portal(int i) {
        return portals[i];
    }

    GraphQLClient graphql(int i) {
        return new GraphQLClient(portals[i].uri("/graphql"));
    }

    javax.sql.DataSource dataSource() {
        return postgres.dataSource();
    }

    Path indexDir(int i) {
        return work.resolve("index-" + i);
    }

    long awaitReady(int i) throws Exception {
        return portals[i].awaitReady(new GraphQLClient(portals[i].uri("/graphql")).http, Duration.ofMinutes(3));
    }

    /** Stops replica i gracefully (SIGTERM: Quarkus finishes requests in flight and commits the index). */
    void stop(int i) {
        portals[i].close();
    }

    /** Kills replica i without warning (SIGKILL): nothing is committed or closed. */
    void kill(int i) throws InterruptedException {
        portals[i].kill();
    }

    /**
     * Starts replica i again on its port and index directory, with extra system properties; not waiting for it to be
     * ready.
     */
    void restart(int i, Map<String, String> extra) throws IOException {
        portals[i] = launch(i, extra);
    }

    private PortalProcess launch(int i, Map<String, String> extra) throws IOException {
        Map<String, String> properties = new LinkedHashMap<>(postgres.portalProperties());
        properties.put("portal.content.dir", content.toString());
        properties.put("portal.search.dir", indexDir(i).toString());
        properties.put("portal.search.replica-id", "replica-" + i);
        properties.put("quarkus.oidc.public-key", tokens.publicKey());
        properties.put("quarkus.oidc.token.issuer", BenchTokens.ISSUER);
        properties.putAll(extra);
        return PortalProcess.launch(JAR, jvmOptions, properties, work.resolve("portal-" + i + ".log"), ports[i]);
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (PortalProcess portal : portals) {
            if (portal != null) {
                portal.terminate(); // all at once: each spends its shutdown delay (5 s) still serving
            }
        }
        for (PortalProcess portal : portals) {
            try {
                if (portal != null) {
                    portal.close();
                }
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        postgres.close();
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
