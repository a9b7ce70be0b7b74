package com.example.portal.search;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The search index of this replica, and its part in keeping the shared outbox small. */
@ConfigMapping(prefix = "portal.search")
public interface SearchConfig {

    /** Directory of the index (each replica keeps its own). */
    @WithDefault("target/search-index")
    String dir();

    /** How often the indexer looks for changes made by other replicas or by SQL, in milliseconds. */
    @WithDefault("250")
    int pollMillis();

    /**
     * This replica's name in the outbox's list of replica positions; by default the host name and the index
     * directory, which tells apart both containers and several instances on one host.
     */
    Optional<String> replicaId();

    /** Outbox events older than this are deleted even when a replica has not applied them (it then rebuilds). */
    @WithDefault("P7D")
    Duration outboxRetention();

    /** How often each replica prunes the outbox of events every replica has committed. */
    @WithDefault("PT10M")
    Duration pruneInterval();

    /**
     * Whole search results kept in memory (SearchResultCache): a page of 20 hits with highlights and facets is a few
     * kilobytes; the hits' objects are shared with the read model. 0 turns the cache off.
     */
    @WithDefault("2000")
    long resultCacheSize();

    /** API objects of search hits kept in memory (SearchNodes), at most. */
    @WithDefault("20000")
    long nodeCacheSize();

    /**
     * Characters of highlighted documents' stored texts kept in memory (StoredTexts; a character takes about two bytes):
     * reading them from the stored fields is half of highlighting a page of hits. 0 turns the cache off.
     */
    @WithDefault("8000000")
    long storedTextCacheChars();

    /**
     * Threads that analyse and write documents in a rebuild and when catching up with many changes (ParallelWrites);
     * 0, the default, means one per core.
     */
    @WithDefault("0")
    int writeThreads();
}
