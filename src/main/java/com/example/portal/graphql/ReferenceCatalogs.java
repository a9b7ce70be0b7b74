package com.example.portal.graphql;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Makes the {@link ReferenceCatalog}s and drops them all whenever this replica commits a mutation or an import that
 * changed reference objects: a catalog is one table's rows, re-read in a millisecond, so precise invalidation is not
 * worth its bookkeeping.
 */
@ApplicationScoped
public class ReferenceCatalogs {

    /** How old a catalog may be: how long a change made through another replica can take to show here. */
    static final long MAX_AGE_NANOS = 1_000_000_000L;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final List<ReferenceCatalog<?>> catalogs = new CopyOnWriteArrayList<>();

    /** A catalog of every object {@code load} reads, by database id. */
    public <T> ReferenceCatalog<T> create(Supplier<Map<Long, T>> load) {
        ReferenceCatalog<T> catalog = new ReferenceCatalog<>(load, MAX_AGE_NANOS);
        catalogs.add(catalog);
        return catalog;
    }

    void onCommitted(@Observes WriteCommitted event) {
        catalogs.forEach(ReferenceCatalog::dropped);
    }

    /** Called in a transaction that changes reference objects outside a mutation (the import). */
    public void changedInThisTransaction() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                catalogs.forEach(ReferenceCatalog::dropped);
            }
        });
    }
}
