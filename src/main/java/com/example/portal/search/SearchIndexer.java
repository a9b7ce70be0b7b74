package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import com.example.portal.search.analysis.WordTerms;

/**
 * The {@code search-indexer} thread: at start it opens the index or rebuilds it, then applies the outbox (changes made
 * by other replicas or by SQL) whenever PostgreSQL notifies new events, and at least every poll interval, or rebuilds
 * the index when a backlog outgrows it ({@link OutboxApplier#backlogOutgrowsIndex()}: an import); commits
 * every two seconds when changed (every half minute while a backlog is worked off) and prunes the outbox now and then;
 * at shutdown it commits and closes the index.
 */
@ApplicationScoped
public class SearchIndexer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class);
    private static final long COMMIT_EVERY_MILLIS = 2_000;
    /**
     * While full batches follow each other (an import's backlog), a commit waits longer: each one writes and syncs what
     * the writer holds, and committing every two seconds left a backlog's documents in many small segments to merge.
     * A crash loses nothing but work: the index resumes from the position it committed last.
     */
    private static final long COMMIT_IN_BACKLOG_EVERY_MILLIS = 30_000;
    private static final long MAX_OPEN_RETRY_PAUSE_MILLIS = 30_000;

    private final SearchConfig config;
    private final SearchIndex index;
    private final OutboxApplier applier;
    private final IndexRebuilder rebuilder;
    private final OutboxPruner pruner;
    private final OutboxNotifications notifications;

    private volatile boolean running;
    private volatile Thread thread;
    /**
     * Wakes the thread from its pause at shutdown. Not {@link Thread#interrupt()}: an interrupt during Lucene's file
     * I/O closes the index's channels and invalidates its write lock, failing the final commit.
     */
    private final CountDownLatch stopping = new CountDownLatch(1);

    @Inject
    SearchIndexer(SearchConfig config, SearchIndex index, OutboxApplier applier, IndexRebuilder rebuilder, OutboxPruner pruner,
            OutboxNotifications notifications) {
        this.notifications = notifications;
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
        stopping.countDown();
        Thread indexer = thread;
        if (indexer != null) {
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
        WordTerms.attachToCurrentThread(); // a catch-up of fewer objects than ParallelWrites takes is written here
        if (!openWithRetries()) {
            return;
        }
        long lastCommit = System.currentTimeMillis();
        long lastPrune = System.currentTimeMillis();
        while (running) {
            boolean more = false;
            try {
                more = applier.catchUp();
                if (more && applier.backlogOutgrowsIndex()) {
                    applier.rebuildBacklog(rebuilder::rebuild);
                }
                long sinceCommit = System.currentTimeMillis() - lastCommit;
                if (sinceCommit > (more ? COMMIT_IN_BACKLOG_EVERY_MILLIS : COMMIT_EVERY_MILLIS) && applier.commit()) {
                    lastCommit = System.currentTimeMillis();
                }
                if (System.currentTimeMillis() - lastPrune > config.pruneInterval().toMillis()) {
                    pruner.prune();
                    lastPrune = System.currentTimeMillis();
                }
            } catch (RuntimeException e) {
                LOG.warn("Applying index events failed; retrying", e);
            }
            // A full batch: more is waiting (an import's backlog), go on at once rather than after the poll interval.
            // After a failure: a database that is away must not turn this loop into a busy one.
            if (!more && !awaitChanges()) {
                break;
            }
        }
        notifications.close();
    }

    /** Waits for outbox events another transaction notifies, at most the poll interval; false when shutting down. */
    private boolean awaitChanges() {
        try {
            notifications.await(config.pollMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return running;
    }

    /**
     * Opens or rebuilds the index, retrying with a growing pause while that fails (PostgreSQL restarting or failing
     * over): readiness stays down meanwhile, and the replica serves once the database is back, without a restart.
     */
    private boolean openWithRetries() {
        long pause = Math.max(config.pollMillis(), 250);
        while (running) {
            try {
                openOrRebuild();
                return true;
            } catch (RuntimeException e) {
                LOG.errorf(e, "The search index could not be opened or built; search is unavailable, retrying in %d ms", pause);
            }
            if (!pause(pause)) {
                return false;
            }
            pause = Math.min(pause * 2, MAX_OPEN_RETRY_PAUSE_MILLIS);
        }
        return false;
    }

    /** Waits; false when shutting down. */
    private boolean pause(long millis) {
        try {
            return !stopping.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Opens the index from disk at the position it has committed, or rebuilds it when it cannot serve. */
    void openOrRebuild() {
        applier.announceCreationsFromNow();
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
