package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The {@code search-indexer} thread: at start it opens the index or rebuilds it, then polls the outbox (changes made
 * by other replicas or by SQL), commits every two seconds when changed and prunes the outbox now and then; at
 * shutdown it commits and closes the index.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final long COMMIT_EVERY_MILLIS = 2_000;

    private final SearchConfig config;
    private final SearchIndex index;
    private final OutboxApplier applier;
    private final IndexRebuilder rebuilder;
    private final OutboxPruner pruner;

    private volatile boolean running;
    private volatile Thread thread;

    @Inject
    SearchIndexer(SearchConfig config, SearchIndex index, OutboxApplier applier, IndexRebuilder rebuilder, OutboxPruner pruner) {
        this.config = config;
        this.index = index;
        this.applier = applier;
        this.rebuilder = rebuilder;
        this.pruner = pruner;
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "search-indexer");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        Thread indexer = thread;
        if (indexer != null) {
            indexer.interrupt();
            try {
                indexer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        applier.commit();
        SearchIndex.Live closing = applier.detach();
        if (closing != null) {
            SearchIndex.close(closing);
        }
    }

    private void run() {
        try {
            openOrRebuild();
        } catch (RuntimeException e) {
            LOG.error("The search index could not be opened or built; search stays unavailable", e);
            return;
        }
        long lastCommit = System.currentTimeMillis();
        long lastPrune = System.currentTimeMillis();
        while (running) {
            try {
                applier.catchUp();
                if (System.currentTimeMillis() - lastCommit > COMMIT_EVERY_MILLIS && applier.commit()) {
                    lastCommit = System.currentTimeMillis();
                }
                if (System.currentTimeMillis() - lastPrune > config.pruneInterval().toMillis()) {
                    pruner.prune();
                    lastPrune = System.currentTimeMillis();
                }
                Thread.sleep(config.pollMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Applying index events failed; retrying", e);
            }
        }
    }

    /** Opens the index from disk at the position it has committed, or rebuilds it when it cannot serve. */
    void openOrRebuild() {
        Optional<SearchIndex.Opened> opened = index.openCurrent();
        if (opened.isEmpty()) {
            rebuilder.rebuild();
            return;
        }
        try {
            applier.resume(opened.get().position(), () -> index.install(opened.get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
