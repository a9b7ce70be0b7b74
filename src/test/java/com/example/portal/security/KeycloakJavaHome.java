package com.example.portal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDK that runs Keycloak in the end-to-end tests. Keycloak 26.5 needs Java 21 or newer while the portal builds
 * on 17, so this looks, in order, at KEYCLOAK_JAVA_HOME (or -Dkeycloak.java-home), the JVM running the tests,
 * JAVA_HOME, and the usual install folders (/usr/lib/jvm first), and takes the newest JDK found there. Finding none
 * is an error that says how to install one: the end-to-end tests never skip silently.
 */
public final class KeycloakJavaHome {

    static final int MINIMUM_VERSION = 21;

    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([^\"\\s]+)\"?");
    private static final Pattern VERSION_OUTPUT = Pattern.compile("version \"([^\"]+)\"");

    private KeycloakJavaHome() {
    }

    /** A JDK home of version {@link #MINIMUM_VERSION} or newer, from this machine's settings and folders. */
    public static Path find() {
        String configured = Optional.ofNullable(System.getProperty("keycloak.java-home"))
                .orElse(System.getenv("KEYCLOAK_JAVA_HOME"));
        String home = System.getProperty("user.home");
        List<Path> folders = new ArrayList<>(List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java")));
        if (home != null) {
            folders.add(Path.of(home, ".sdkman", "candidates", "java"));
            folders.add(Path.of(home, ".jdks"));
        }
        folders.add(Path.of("/Library/Java/JavaVirtualMachines"));
        return find(configured, Path.of(System.getProperty("java.home")), System.getenv("JAVA_HOME"), folders);
    }

    static Path find(String configured, Path running, String javaHome, List<Path> folders) {
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.trim());
            int version = version(path);
            if (version < MINIMUM_VERSION) {
                throw new IllegalStateException("KEYCLOAK_JAVA_HOME (or -Dkeycloak.java-home) is " + path + ", which is "
                        + describe(version) + "; Keycloak needs Java " + MINIMUM_VERSION + " or newer. " + HOW_TO_INSTALL);
            }
            return path;
        }
        Map<Path, Integer> seen = new LinkedHashMap<>();
        for (Path preferred : candidates(running, javaHome)) {
            int version = seen.computeIfAbsent(preferred.toAbsolutePath().normalize(), KeycloakJavaHome::version);
            if (version >= MINIMUM_VERSION) {
                return preferred;
            }
        }
        for (Path folder : folders) {
            for (Path jdk : children(folder)) {
                seen.computeIfAbsent(jdk.toAbsolutePath().normalize(), KeycloakJavaHome::version);
            }
        }
        return seen.entrySet().stream().filter(entry -> entry.getValue() >= MINIMUM_VERSION)
                .max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException(noneFound(seen, folders)));
    }

    private static final String HOW_TO_INSTALL = "Install a JDK " + MINIMUM_VERSION + " or newer next to the build's "
            + "Java 17 (the build itself stays on 17), e.g. `sudo apt-get install temurin-21-jdk` from the Adoptium apt "
            + "repository (https://adoptium.net/installation/linux/), `sudo apt-get install openjdk-21-jdk-headless` "
            + "where the distribution has it, or `sdk install java 21-tem`; it is found in /usr/lib/jvm, or set "
            + "KEYCLOAK_JAVA_HOME (or -Dkeycloak.java-home) to its folder.";

    private static List<Path> candidates(Path running, String javaHome) {
        List<Path> candidates = new ArrayList<>();
        candidates.add(running);
        if (javaHome != null && !javaHome.isBlank()) {
            candidates.add(Path.of(javaHome.trim()));
        }
        return candidates;
    }

    /** The JDKs in a folder: its sub-folders, and macOS bundles' Contents/Home. */
    private static List<Path> children(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().map(entry -> Files.isDirectory(entry.resolve("Contents/Home"))
                    ? entry.resolve("Contents/Home") : entry).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    /** The feature version (17, 21, 25) of the JDK at home, or -1 when there is no runnable bin/java there. */
    static int version(Path home) {
        Path java = home.resolve("bin/java");
        if (!Files.isExecutable(java)) {
            return -1;
        }
        Path release = home.resolve("release");
        try {
            if (Files.isRegularFile(release)) {
                Matcher matcher = RELEASE_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
                if (matcher.find()) {
                    return feature(matcher.group(1));
                }
            }
            Process process = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            Matcher matcher = VERSION_OUTPUT.matcher(output);
            return matcher.find() ? feature(matcher.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** "25.0.3" → 25, "21-ea" → 21, "1.8.0_412" → 8. */
    static int feature(String version) {
        String[] parts = version.split("[.\\-+_]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String describe(int version) {
        return version < 0 ? "not a JDK (no bin/java)" : "Java " + version;
    }

    private static String noneFound(Map<Path, Integer> seen, List<Path> folders) {
        StringBuilder found = new StringBuilder();
        seen.forEach((path, version) -> found.append(found.isEmpty() ? "" : ", ").append(path).append(" (")
                .append(describe(version)).append(')'));
        return "The Keycloak end-to-end tests (security/KeycloakEndToEndQuarkusTest) need a JDK " + MINIMUM_VERSION
                + " or newer to run Keycloak, and none was found. Looked at KEYCLOAK_JAVA_HOME (not set), this JVM, "
                + "JAVA_HOME and the folders " + folders + "; found: " + (found.isEmpty() ? "nothing" : found) + ". "
                + HOW_TO_INSTALL;
    }
}
