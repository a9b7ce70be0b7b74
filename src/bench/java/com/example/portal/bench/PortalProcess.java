package com.example.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged portal (target/quarkus-app/quarkus-run.jar, production mode) as a child process of the harness, so its
 * start-up time, resident memory and HTTP latency are its own. Output goes to a log file. {@link #close()} stops it
 * with SIGTERM (so it commits its index and the next start finds it), then kills it after 30 s; a shutdown hook does
 * the same if the harness itself dies.
 */
final class PortalProcess implements AutoCloseable {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");
    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");
    /** The JDK the portal runs on: {@code bench.portal.java} (a JDK's home directory), else the harness's own. */
    static final Path JAVA_HOME = Path.of(System.getProperty("bench.portal.java", System.getProperty("java.home")));

    private final Process process;
    private final Path log;
    private final int port;
    private final long launchedNanos;
    private final Thread hook;

    private PortalProcess(Process process, Path log, int port, long launchedNanos) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.launchedNanos = launchedNanos;
        this.hook = new Thread(this::stop, "bench-portal-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The portal JDK's feature release (17, 21, 25), from its {@code release} file; the harness's own if unreadable. */
    static int javaFeature() {
        try {
            Matcher version = RELEASE_VERSION.matcher(Files.readString(JAVA_HOME.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : Runtime.version().feature();
        } catch (IOException e) {
            return Runtime.version().feature();
        }
    }

    /** Launches the jar with the given system properties (and JVM options), appending its output to log. */
    static PortalProcess launch(Path jar, List<String> jvmOptions, Map<String, String> properties, Path log)
            throws IOException {
        return launch(jar, jvmOptions, properties, log, freePort());
    }

    /** The same on a given port: a replica restarted where its clients know it. */
    static PortalProcess launch(Path jar, List<String> jvmOptions, Map<String, String> properties, Path log, int port)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the benchmark through `./mvnw -Pbenchmark verify`, "
                    + "which packages the portal before it");
        }
        Path javaBin = JAVA_HOME.resolve("bin").resolve("java");
        if (!Files.isExecutable(javaBin)) {
            throw new IllegalStateException(javaBin + " is not an executable java: bench.portal.java must be a JDK's home "
                    + "directory (it holds bin/java)");
        }
        List<String> command = new ArrayList<>();
        command.add(javaBin.toString());
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        Files.createDirectories(log.getParent());
        Files.writeString(log, "\n==== " + java.time.Instant.now() + " " + String.join(" ", command)
                .replaceAll("-Dquarkus.oidc.public-key=\\S+", "-Dquarkus.oidc.public-key=…") + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        long launched = System.nanoTime();
        return new PortalProcess(builder.start(), log, port, launched);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    long pid() {
        return process.pid();
    }

    /**
     * Waits until /q/health/ready answers 200 (UP); returns the milliseconds from launch. Fails when the process exits
     * or the timeout passes.
     */
    long awaitReady(HttpClient http, Duration timeout) throws Exception {
        long deadline = launchedNanos + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited with " + process.exitValue() + " before it was ready; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return (System.nanoTime() - launchedNanos) / 1_000_000;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("The portal was not ready within " + timeout + "; see " + log);
    }

    /** The last "started in N.NNNs" of the log, in milliseconds, or -1. */
    long startedInFromLog() throws IOException {
        Matcher m = STARTED_IN.matcher(Files.readString(log, StandardCharsets.UTF_8));
        long ms = -1;
        while (m.find()) {
            ms = Math.round(Double.parseDouble(m.group(1)) * 1000);
        }
        return ms;
    }

    /** VmRSS of the portal's process (not the harness, not PostgreSQL), in MB. */
    long residentMb() {
        return statusMb("VmRSS:");
    }

    /**
     * RssFile of the portal's process, in MB: the part of its resident memory that is files mapped into it, almost all
     * the search index's (Lucene maps it); pages of the file cache, shared, that the kernel can drop and read again.
     */
    long residentFilesMb() {
        return statusMb("RssFile:");
    }

    private long statusMb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return -1;
    }

    /** CPU time (user + system) the portal's process has used so far, in milliseconds (clock ticks of 10 ms). */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime, stime: fields 14, 15
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the portal is idle (under 5% of a core over half a second), at most the timeout: requests a load
     * generator gave up on may still be worked off and would slow the next measurement. Returns the milliseconds waited.
     */
    long awaitIdle(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        long before = cpuMillis();
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            long now = cpuMillis();
            if (now - before <= 25) {
                break;
            }
            before = now;
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: Quarkus shuts down and commits the index
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM without waiting: {@link #close()} waits. */
    void terminate() {
        process.destroy();
    }

    /** SIGKILL, as a crash would: the portal neither finishes requests nor commits its index. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
