package com.example.portal.content;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "portal.content")
public interface ContentConfig {

    /** Directory holding the content files (see content/README.md). */
    @WithDefault("content")
    String dir();

    /** Whether the content files are imported when the portal starts (dev and test). */
    @WithDefault("false")
    boolean importOnStart();
}
