package com.example.portal.products;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import com.example.portal.graphql.WriteCommitted;
import com.example.portal.products.api.Product;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The products as readers see them, in memory: every card on a page of search hits or on its own page names its
 * product, and reading the few product rows from PostgreSQL for each request was most of a card page's cost. Products
 * carry no review state (nothing about them is unpublished), so a copy may be a moment old: it is read again at most
 * {@link #MAX_AGE_NANOS} after it was read, and at once after this replica commits a change (any mutation, or an
 * import that touched products); a read that overlapped such a commit is not kept. Writes and checks
 * that must see the database (validation, snapshot restore, indexing) keep using {@link ProductService#byIds}.
 */
@ApplicationScoped
public class ProductCatalog {

    /** How long a change made through another replica can take to show here. */
    static final long MAX_AGE_NANOS = 1_000_000_000L;

    private record Snapshot(Map<Long, Product> byId, long readAt) {
    }

    @Inject
    ProductRepository products;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private volatile Snapshot snapshot;
    /** Commits seen so far: a snapshot read while one came may hold the old rows, so it is not kept. */
    private final AtomicLong changes = new AtomicLong();

    /** The products of these ids that exist, by id. */
    public Map<Long, Product> byIds(Collection<Long> ids) {
        Map<Long, Product> all = current();
        Map<Long, Product> found = new HashMap<>();
        for (Long id : ids) {
            Product product = all.get(id);
            if (product != null) {
                found.put(id, product);
            }
        }
        return found;
    }

    private Map<Long, Product> current() {
        Snapshot now = snapshot;
        if (now == null || System.nanoTime() - now.readAt() > MAX_AGE_NANOS) {
            long before = changes.get();
            long readAt = System.nanoTime();
            Map<Long, Product> byId = QuarkusTransaction.joiningExisting().call(() -> products.listAll().stream()
                    .map(ProductService::toApi).collect(Collectors.toUnmodifiableMap(p -> p.dbId, Function.identity())));
            now = new Snapshot(byId, readAt);
            if (changes.get() == before) {
                snapshot = now;
            }
        }
        return now.byId();
    }

    /** A mutation committed (perhaps a product's). */
    void onCommitted(@Observes WriteCommitted event) {
        dropped();
    }

    /** Called in a transaction that changes products outside a mutation (the import): dropped once it completes. */
    void changing() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                dropped();
            }
        });
    }

    private void dropped() {
        changes.incrementAndGet();
        snapshot = null;
    }
}
