package com.example.portal.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A whole small table of reference objects (products, segments) as readers see them, in memory: every card on a page of
 * search hits or on its own page names them, and reading their rows for each request was most of a card page's cost.
 * Only for objects without review state (nothing about them is unpublished), since a copy may be a moment old: it is
 * read again at most {@code maxAgeNanos} after it was read (a change made through another replica shows within that),
 * and at once after this replica commits a change; a read that overlapped such a commit is not kept. Writes and checks
 * that must see the database (validation, restore, indexing) read the database instead. Made by
 * {@link ReferenceCatalogs}, which drops them on commits.
 *
 * @param <T> the API object
 */
public final class ReferenceCatalog<T> {

    private record Snapshot<T>(Map<Long, T> byId, long readAt) {
    }

    private final Supplier<Map<Long, T>> load;
    private final long maxAgeNanos;
    private volatile Snapshot<T> snapshot;
    /** Commits seen so far: a snapshot read while one came may hold the old rows, so it is not kept. */
    private final AtomicLong changes = new AtomicLong();

    /** @param load reads every object, by database id (runs in a transaction) */
    ReferenceCatalog(Supplier<Map<Long, T>> load, long maxAgeNanos) {
        this.load = load;
        this.maxAgeNanos = maxAgeNanos;
    }

    /** The objects of these ids that exist, by id. */
    public Map<Long, T> byIds(Collection<Long> ids) {
        Map<Long, T> all = current();
        Map<Long, T> found = new HashMap<>();
        for (Long id : ids) {
            T object = all.get(id);
            if (object != null) {
                found.put(id, object);
            }
        }
        return found;
    }

    private Map<Long, T> current() {
        Snapshot<T> now = snapshot;
        if (now == null || System.nanoTime() - now.readAt() > maxAgeNanos) {
            long before = changes.get();
            long readAt = System.nanoTime();
            now = new Snapshot<>(QuarkusTransaction.joiningExisting().call(load::get), readAt);
            if (changes.get() == before) {
                snapshot = now;
            }
        }
        return now.byId();
    }

    /** Something was committed (perhaps a change of these objects): the copy is read again. */
    void dropped() {
        changes.incrementAndGet();
        snapshot = null;
    }
}
