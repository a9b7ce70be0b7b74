package com.example.portal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.graphql.Node;
import com.example.portal.graphql.NodeResolver;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The read model of search hits: the API objects (cards, segments, glossary terms, release notes) that hits point to,
 * kept in memory so a page of hits needs no database round trip. Filled on first read from the owning feature's
 * {@link NodeResolver}, and kept true by the {@link OutboxApplier}: after the database has committed a change, the
 * applier drops each changed object here in the same step as it re-indexes it. A load that was under way while an
 * object changed is not kept (it may have read the old row). Visibility is unchanged: an object is looked up only for
 * a hit the caller's search may see, through the resolver that filters what the caller may read, and kept apart for
 * callers who may and may not read unpublished content. Bounded ({@code portal.search.node-cache-size}, Caffeine).
 */
@ApplicationScoped
public class SearchNodes {

    /** Objects are kept per visibility: a resolver filters what the caller may read, so each side keeps its own. */
    private record Key(SearchType type, long id, boolean seeRestricted) {
    }

    private final Cache<Key, Node> nodes;
    /** Changes seen so far, guarded by this: a load keeps its objects only if none came while it ran. */
    private long changes;

    @Inject
    SearchNodes(SearchConfig config) {
        this.nodes = Caffeine.newBuilder().maximumSize(config.nodeCacheSize()).build();
    }

    /** The objects of these ids that still exist and the caller may read, by id. */
    Map<Long, Node> find(SearchType type, List<Long> ids, boolean seeRestricted, NodeResolver resolver) {
        Map<Long, Node> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (long id : ids) {
            Node node = nodes.getIfPresent(new Key(type, id, seeRestricted));
            if (node != null) {
                found.put(id, node);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            long before = changesSoFar();
            Map<Long, ? extends Node> loaded = resolver.findAll(missing);
            found.putAll(loaded);
            synchronized (this) {
                if (changes == before) {
                    loaded.forEach((id, node) -> nodes.put(new Key(type, id, seeRestricted), node));
                }
            }
        }
        return found;
    }

    /** Called by the applier after the database committed changes to these objects. */
    synchronized void changed(SearchType type, Collection<Long> ids) {
        changes++;
        nodes.invalidateAll(ids.stream().flatMap(id -> java.util.stream.Stream.of(new Key(type, id, false), new Key(type, id, true)))
                .toList());
    }

    /** Called when another index becomes live (a rebuild): everything is read again. */
    synchronized void clear() {
        changes++;
        nodes.invalidateAll();
    }

    private synchronized long changesSoFar() {
        return changes;
    }
}
