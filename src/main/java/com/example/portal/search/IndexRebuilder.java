package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

/**
 * Builds a fresh index from PostgreSQL in a new directory while the live one keeps serving, then swaps it in and
 * catches up with the events committed since it began, lower numbers committed late among them; applying one twice
 * is harmless. One rebuild at a time.
 */
@ApplicationScoped
public class IndexRebuilder {

    private static final Logger LOG = Logger.getLogger(IndexRebuilder.class);
    private static final int PAGE = 500;
    private static final long REPLAY = 1_000;

    private final Instance<SearchDocumentSource> sources;
    private final Outbox outbox;
    private final SearchIndex index;
    private final OutboxApplier applier;
    private final SearchMetrics metrics;
    private final int writeThreads;

    private final AtomicLong done = new AtomicLong();
    private volatile boolean rebuilding;

    @Inject
    IndexRebuilder(Instance<SearchDocumentSource> sources, Outbox outbox, SearchIndex index, OutboxApplier applier,
            SearchMetrics metrics, SearchConfig config) {
        this.writeThreads = ParallelWrites.threadsFor(config.writeThreads());
        this.sources = sources;
        this.outbox = outbox;
        this.index = index;
        this.applier = applier;
        this.metrics = metrics;
    }

    public boolean rebuilding() {
        return rebuilding;
    }

    /** Documents the current or last rebuild has indexed. */
    public long progress() {
        return done.get();
    }

    /** Rebuilds in the calling thread; does nothing when a rebuild is already running. */
    public void rebuild() {
        if (claim()) {
            build();
        }
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public boolean startRebuild() {
        if (!claim()) {
            return false;
        }
        Thread thread = new Thread(this::build, "search-rebuild");
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private synchronized boolean claim() {
        if (rebuilding) {
            return false;
        }
        rebuilding = true;
        return true;
    }

    private void build() {
        done.set(0);
        long started = System.nanoTime();
        SearchIndex.Live fresh = null;
        boolean swapped = false;
        try {
            // Transactions still running hold numbers below the last one, and their rows are not visible to this scan:
            // starting a little behind lets such late commits be applied when they come. Pruned events were all
            // committed (a replica had applied them, or they are days old), so their rows are in this scan; holding
            // this replica's recorded position at the start keeps pruning behind it meanwhile.
            long from = Math.max(Math.max(0, outbox.lastSeq() - REPLAY), outbox.prunedThrough());
            applier.holdRecordedPositionAt(from);
            // The events already committed now are in what the scan reads (every page is read after this, so its
            // snapshot holds their commits): only those committed later, whatever their number, are applied again.
            // Re-applying all of them rewrote up to REPLAY documents after every rebuild: at 1,000 cards nearly the
            // whole index, left in many small segments with deletions, which every query then paid for.
            List<Outbox.Event> scanned = outbox.since(from);
            fresh = index.create();
            try (ParallelWrites<SearchDocument> writes = new ParallelWrites<>(writeThreads)) {
                for (SearchDocumentSource source : sources) {
                    addAll(fresh, source, writes);
                }
                writes.finish();
            }
            index.commit(fresh, from);
            fresh.searchers().maybeRefreshBlocking(); // its searchers were opened on the empty directory
            SearchIndex.Live built = fresh;
            applier.resume(from, scanned, () -> index.swap(built));
            swapped = true;
            LOG.infof("Search index rebuilt with %d documents in %d ms", done.get(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Rebuilding the search index failed", e);
        } finally {
            if (fresh != null && !swapped) {
                SearchIndex.close(fresh); // the live index keeps serving; the directory goes at the next swap
            }
            rebuilding = false;
            applier.releaseRecordedPosition();
            metrics.rebuildEnded(System.nanoTime() - started, done.get(), swapped);
        }
        applier.catchUp();
    }

    /** Pages through the source by id, reading the next page while the threads write the last. */
    private void addAll(SearchIndex.Live fresh, SearchDocumentSource source, ParallelWrites<SearchDocument> writes) throws IOException {
        long after = 0;
        List<SearchDocument> page;
        do {
            page = source.page(after, PAGE);
            for (SearchDocument doc : page) {
                after = Math.max(after, doc.id());
            }
            writes.submit(page, doc -> fresh.writer().addDocument(IndexMapping.toLucene(doc)), done::addAndGet);
        } while (page.size() == PAGE);
    }
}
