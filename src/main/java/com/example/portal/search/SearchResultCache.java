package com.example.portal.search;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.search.api.SearchConnection;
import com.example.portal.search.api.SearchFilter;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Whole search results, so a query typed again (by anyone with the same visibility) costs a map lookup. The key holds
 * everything that shapes a result: the query, the filter, the page, what was selected, whether the caller may read
 * unpublished content, and the index generation. Every refresh of the index makes a new generation, so a change is
 * never served from an older result; the older entries are dropped when the first search of a new generation comes.
 * Bounded (Caffeine, least recently and frequently used out first; {@code portal.search.result-cache-size}).
 */
@ApplicationScoped
public class SearchResultCache {

    /** What a search result depends on; the filter's fields flattened, since SearchFilter has no equals. */
    record Key(String query, SearchType type, String productSlug, String segmentSlug, String funnelStage, String tag,
            int offset, int limit, boolean seeRestricted, SearchService.Selected selected, long generation) {

        static Key of(String query, SearchFilter filter, int offset, int limit, boolean seeRestricted,
                SearchService.Selected selected, long generation) {
            SearchFilter f = filter == null ? new SearchFilter() : filter;
            return new Key(query, f.type, f.productSlug, f.segmentSlug, f.funnelStage == null ? null : f.funnelStage.name(),
                    f.tag, offset, limit, seeRestricted, selected, generation);
        }
    }

    private final Cache<Key, SearchConnection> results;
    private volatile long generation = -1;

    @Inject
    SearchResultCache(SearchConfig config) {
        this.results = Caffeine.newBuilder().maximumSize(config.resultCacheSize()).build();
    }

    /** The cached result for the key, or the search's, which is then kept (concurrent equal searches run once). */
    SearchConnection get(Key key, Supplier<SearchConnection> search) {
        if (key.generation() != generation) {
            synchronized (this) {
                if (key.generation() > generation) {
                    results.invalidateAll();
                    generation = key.generation();
                }
            }
        }
        return results.get(key, k -> search.get());
    }
}
