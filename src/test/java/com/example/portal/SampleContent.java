package com.example.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The sample content ({@code content/}) for tests that import a changed copy of it, never the original. */
public final class SampleContent {

    private static final Path SAMPLE = Path.of("content");

    private SampleContent() {
    }

    /** A fresh copy of {@code content/} in a new folder under {@code target/} whose name starts with the prefix. */
    public static Path copy(String prefix) throws IOException {
        Path target = Files.createTempDirectory(Files.createDirectories(Path.of("target")), prefix);
        try (Stream<Path> paths = Files.walk(SAMPLE)) {
            for (Path source : paths.toList()) {
                Path copy = target.resolve(SAMPLE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
        return target;
    }
}
