package com.example.portal.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * A real Keycloak ({@code kc.sh start-dev --import-realm}) from the distribution the build unpacks into
 * target/keycloak-VERSION, listening on 127.0.0.1 on free ports, with the realm file
 * src/test/resources/keycloak/portal-realm.json. Its H2 database stays in target/keycloak-VERSION/data between
 * runs, which saves Keycloak's schema creation and the import on the next start; it is wiped when the realm file
 * changes (Keycloak's import skips a realm that exists).
 */
public final class KeycloakServer implements AutoCloseable {

    static final String REALM = "portal";
    static final String REALM_RESOURCE = "keycloak/portal-realm.json";

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class);
    private static final String PID_FILE = "portal-e2e.pid";
    private static final String REALM_HASH_FILE = "portal-realm.sha256";

    private final Path home;
    private final Process process;
    private final Path log;
    private final int port;
    private final Thread shutdownHook;

    private KeycloakServer(Path home, Process process, Path log, int port) {
        this.home = home;
        this.process = process;
        this.log = log;
        this.port = port;
        this.shutdownHook = new Thread(this::stop, "keycloak-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** The unpacked distribution: -Dkeycloak.home (set by the pom for Surefire), else target/keycloak-*. */
    public static Path home() {
        String configured = System.getProperty("keycloak.home");
        if (configured != null && !configured.isBlank()) {
            return requireDistribution(Path.of(configured));
        }
        try (Stream<Path> entries = Files.list(Path.of("target"))) {
            return requireDistribution(entries.filter(path -> path.getFileName().toString().startsWith("keycloak-"))
                    .filter(Files::isDirectory).max(Comparator.naturalOrder()).orElse(Path.of("target/keycloak-VERSION")));
        } catch (IOException e) {
            throw new UncheckedIOException("No target folder; build with ./mvnw verify first.", e);
        }
    }

    private static Path requireDistribution(Path home) {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution in " + home.toAbsolutePath() + ": the build unpacks "
                    + "org.keycloak:keycloak-quarkus-dist there in process-test-resources (./mvnw process-test-resources).");
        }
        return home.toAbsolutePath().normalize();
    }

    /** Starts Keycloak with the given JDK and waits until the portal realm answers, at most {@code timeout}. */
    public static KeycloakServer start(Path home, Path javaHome, Duration timeout) {
        long started = System.nanoTime();
        Path data = home.resolve("data");
        stopLeftOver(home, data.resolve(PID_FILE));
        String realmHash = prepareRealm(data);
        int[] ports = freePorts(2);
        Path log = home.resolveSibling("keycloak-e2e.log");
        List<String> command = List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + ports[0], "--http-management-port=" + ports[1]);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(
                        Path.of("/dev/null").toFile()));
        Map<String, String> env = builder.environment();
        // Keycloak reads KC_* variables as its configuration; a CI machine's must not change the test server.
        env.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("JAVA_OPTS") || name.equals("JAVA"));
        env.put("JAVA_HOME", javaHome.toString());
        env.put("JAVA", javaHome.resolve("bin/java").toString());
        // The C1 compiler only: on a busy 2-core machine Keycloak is ready in about 28 s instead of 48 s, and the tests
        // send it a few dozen requests. java.lang opened for jboss-threads, which otherwise prints an
        // IllegalAccessError on Java 25 when Keycloak stops.
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 --add-opens=java.base/java.lang=ALL-UNNAMED");
        LOG.infof("Starting Keycloak %s on port %d (management %d) with Java from %s; log in %s", home.getFileName(),
                ports[0], ports[1], javaHome, log);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        }
        KeycloakServer server = new KeycloakServer(home, process, log, ports[0]);
        try {
            writePids(data.resolve(PID_FILE), process);
            server.awaitReady(timeout);
            server.checkJava(javaHome);
            writePids(data.resolve(PID_FILE), process);
            Files.writeString(data.resolve(REALM_HASH_FILE), realmHash);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        LOG.infof("Keycloak ready at %s after %d ms", server.realmUrl(), (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    public String realmUrl() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    /** Copies the realm file into data/import; a changed realm file wipes the database so the import runs again. */
    private static String prepareRealm(Path data) {
        try (InputStream in = KeycloakServer.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + REALM_RESOURCE + " on the test class path.");
            }
            byte[] realm = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(realm));
            Path hashFile = data.resolve(REALM_HASH_FILE);
            if (!Files.isRegularFile(hashFile) || !Files.readString(hashFile).equals(hash)) {
                deleteRecursively(data.resolve("h2"));
                Files.deleteIfExists(hashFile);
            }
            Path imports = data.resolve("import");
            deleteRecursively(imports);
            Files.createDirectories(imports);
            Files.write(imports.resolve("portal-realm.json"), realm);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Keycloak's data folder " + data, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting (exit code " + process.exitValue()
                        + "); the end of " + log + ":\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(discovery, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"issuer\":\"" + realmUrl() + "\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(250);
        }
        throw new IllegalStateException("Keycloak did not answer at " + realmUrl() + " within " + timeout.toSeconds()
                + " s (raise -Dkeycloak.start-timeout=seconds on a slow machine); the end of " + log + ":\n" + tail());
    }

    /** The server runs on the JDK that was chosen: its java process's executable is that JDK's bin/java. */
    private void checkJava(Path javaHome) throws IOException {
        Path expected = javaHome.resolve("bin/java").toRealPath();
        List<String> commands = new ArrayList<>();
        // kc.sh may exec java itself (then the started process is the server) or run it as a child.
        for (ProcessHandle handle : java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()),
                process.descendants()).toList()) {
            Optional<String> command = handle.info().command();
            if (command.isPresent() && Files.exists(Path.of(command.get()))
                    && Path.of(command.get()).toRealPath().equals(expected)) {
                return;
            }
            command.ifPresent(commands::add);
        }
        throw new IllegalStateException("Keycloak answers, but not from a process of " + expected + "; its processes: "
                + commands);
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(cannot read it: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down.
        }
        try {
            Files.deleteIfExists(home.resolve("data").resolve(PID_FILE));
        } catch (IOException e) {
            LOG.warn("Cannot delete Keycloak's pid file", e);
        }
    }

    /** SIGTERM to kc.sh, which passes it on to Keycloak's JVM; forcibly after 30 s. */
    private void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                LOG.warn("Keycloak did not stop within 30 s; killing it");
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** The shell's and the JVM's pids, so that the next run ends a Keycloak a killed test run left behind. */
    private static void writePids(Path pidFile, Process process) throws IOException {
        List<String> pids = new ArrayList<>();
        pids.add(Long.toString(process.pid()));
        process.descendants().forEach(child -> pids.add(Long.toString(child.pid())));
        Files.write(pidFile, pids);
    }

    private static void stopLeftOver(Path home, Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(pidFile)) {
                ProcessHandle.of(Long.parseLong(line.trim()))
                        .filter(handle -> handle.info().commandLine().map(cmd -> cmd.contains(home.toString())).orElse(false))
                        .ifPresent(handle -> {
                            LOG.warnf("Stopping Keycloak process %d left over by an earlier test run", handle.pid());
                            handle.destroy();
                            handle.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> {
                                handle.destroyForcibly();
                                return handle;
                            }).join();
                        });
            }
            Files.delete(pidFile);
        } catch (IOException | NumberFormatException e) {
            LOG.warn("Cannot read " + pidFile, e);
        }
    }

    private static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // Closing a listening socket does not fail in a way that matters here.
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
        }
    }
}
