package com.example.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the end-to-end tests choose the JDK for Keycloak, on folders shaped like /usr/lib/jvm. */
class KeycloakJavaHomeTest {

    @TempDir
    Path jvms;

    @Test
    void theRunningJvmIsUsedWhenItIsNewEnough() throws IOException {
        Path running = jdk("temurin-21", "21.0.7");
        jdk("temurin-25", "25.0.3");
        assertThat(KeycloakJavaHome.find(null, running, null, List.of(jvms))).isEqualTo(running);
    }

    @Test
    void otherwiseTheNewestJdkInTheFoldersIsUsed() throws IOException {
        Path running = jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("temurin-21-jdk-amd64", "21.0.7");
        Path newest = jdk("temurin-25-jdk-amd64", "25.0.3");
        Files.createDirectories(jvms.resolve("openjdk-17")); // a folder without bin/java
        assertThat(KeycloakJavaHome.find(null, running, running.toString(), List.of(jvms))).isEqualTo(newest);
    }

    @Test
    void noNewEnoughJdkFailsSayingHowToInstallOne() throws IOException {
        Path running = jdk("java-17-openjdk-amd64", "17.0.15");
        assertThatThrownBy(() -> KeycloakJavaHome.find(null, running, null, List.of(jvms, Path.of("/nonexistent"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("need a JDK 21 or newer")
                .hasMessageContaining("java-17-openjdk-amd64 (Java 17)")
                .hasMessageContaining("apt-get install temurin-21-jdk")
                .hasMessageContaining("KEYCLOAK_JAVA_HOME");
    }

    @Test
    void aConfiguredJdkMustBeNewEnough() throws IOException {
        Path old = jdk("java-17", "17.0.15");
        Path configured = jdk("custom-21", "21");
        assertThat(KeycloakJavaHome.find(configured.toString(), old, null, List.of())).isEqualTo(configured);
        assertThatThrownBy(() -> KeycloakJavaHome.find(old.toString(), old, null, List.of(jvms)))
                .hasMessageContaining("which is Java 17; Keycloak needs Java 21 or newer");
    }

    @Test
    void versionsAreReadFromTheReleaseFileOrFromJavaItself() throws IOException {
        assertThat(KeycloakJavaHome.feature("25.0.3")).isEqualTo(25);
        assertThat(KeycloakJavaHome.feature("21-ea")).isEqualTo(21);
        assertThat(KeycloakJavaHome.feature("1.8.0_412")).isEqualTo(8);
        assertThat(KeycloakJavaHome.version(Path.of(System.getProperty("java.home"))))
                .isEqualTo(Runtime.version().feature());
        Path withoutRelease = jvms.resolve("no-release");
        Files.createDirectories(withoutRelease.resolve("bin"));
        Path java = withoutRelease.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"22.0.2\" 2024-07-16' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(KeycloakJavaHome.version(withoutRelease)).isEqualTo(22);
    }

    /** A folder that looks like a JDK of that version: an executable bin/java and a release file. */
    private Path jdk(String name, String version) throws IOException {
        Path home = jvms.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\nexit 1\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
