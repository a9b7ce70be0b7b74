package com.example.portal.webui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The headless Chromium of the browser tests: Debian's {@code chromium} package. When it is missing and the build
 * runs as root on Debian, it is installed with apt-get; otherwise the test fails saying how to install it, so the
 * browser tests never skip silently.
 */
final class Chromium {

    static final Path DEBIAN = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    static Path require() throws IOException, InterruptedException {
        String configured = System.getProperty("chromium", System.getenv("CHROMIUM"));
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isExecutable(path)) {
                throw new AssertionError("-Dchromium / CHROMIUM names " + path + ", which is not an executable file.");
            }
            return path;
        }
        if (Files.isExecutable(DEBIAN)) {
            return DEBIAN;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path aptGet = Path.of("/usr/bin/apt-get");
        if (root && Files.isExecutable(aptGet)) {
            System.out.println("Chromium is missing: installing Debian's chromium package with apt-get (the browser tests need it).");
            if (run(List.of(aptGet.toString(), "install", "-y", "--no-install-recommends", "chromium")) != 0) {
                run(List.of(aptGet.toString(), "update"));
                run(List.of(aptGet.toString(), "install", "-y", "--no-install-recommends", "chromium"));
            }
            if (Files.isExecutable(DEBIAN)) {
                return DEBIAN;
            }
        }
        throw new AssertionError("Chromium is missing: the browser tests of the web frontend (README \"Web frontend\") need "
                + "Debian's chromium package at " + DEBIAN + ". Install it with `sudo apt-get install -y chromium`, or run the "
                + "build as root on Debian and it installs it itself, or point -Dchromium=/path/to/chromium at another build.");
    }

    private static int run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        process.getOutputStream().close();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
