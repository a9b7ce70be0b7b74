package com.example.portal.cards;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cards feature's settings. */
@ConfigMapping(prefix = "portal.cards")
public interface CardsConfig {

    /**
     * Cards' API objects kept in memory by the state of their row (CardObjects), at most; about 5 kB each. Each of the
     * card page's lists kept under the same states (CardStateCache: evidence, release notes, verification facts) is
     * bounded by the same number.
     */
    @WithDefault("5000")
    long objectCacheSize();
}
