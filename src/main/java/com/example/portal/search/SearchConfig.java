package com.example.portal.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "portal.search")
public interface SearchConfig {

    /** Directory of the index (each replica keeps its own). */
    @WithDefault("target/search-index")
    String dir();

    /** How often the indexer looks for changes made by other replicas or by SQL, in milliseconds. */
    @WithDefault("250")
    int pollMillis();
}
