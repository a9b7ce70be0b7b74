package com.example.portal.content;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "portal.content")
public interface ContentConfig {

    /** Directory holding the content files (see content/README.md). */
    @WithDefault("content")
    String dir();

    /**
     * The only directory exportContent writes under (a relative export directory is taken from here): an admin's
     * typo, or a fuzzing client, can then never overwrite files elsewhere on the server.
     */
    @WithDefault("content-export")
    String exportRoot();

    /** Whether the content files are imported when the portal starts (dev and test). */
    @WithDefault("false")
    boolean importOnStart();

    /**
     * How long one import may take before it is rolled back. The import is one transaction, so a large content
     * directory (the benchmark's 100,000 cards) needs far longer than the transaction manager's 60 s default.
     */
    @WithDefault("PT1H")
    java.time.Duration importTimeout();

    /**
     * How many card files the import reads, and then upserts, at a time: its memory holds one such chunk, not the
     * whole directory. Tests use a small one, so that the sample content takes several.
     */
    @WithDefault("500")
    @Positive
    int importChunk();
}
