package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import com.example.portal.search.analysis.WordTerms;

/**
 * Writes documents into an index on several threads. Analysing a document's texts is most of the cost of an index
 * write, and it runs in the thread that calls {@code IndexWriter.addDocument}, which takes documents from several
 * threads at once; meanwhile the caller reads the next page from PostgreSQL. At most two slices per thread wait, so a
 * rebuild holds a few pages in memory, not the corpus.
 */
final class ParallelWrites<T> implements AutoCloseable {

    /** Writes one document; the writer's own methods are thread-safe. */
    interface Write<T> {
        void apply(T doc) throws IOException;
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int threads;
    private final ExecutorService pool;
    private final Deque<Future<?>> queued = new ArrayDeque<>();

    ParallelWrites(int threads) {
        this.threads = Math.max(1, threads);
        int n = POOLS.incrementAndGet();
        AtomicInteger worker = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, task -> {
            Thread thread = new Thread(() -> {
                WordTerms.attachToCurrentThread(); // these threads write many documents
                task.run();
            }, "search-index-write-" + n + "-" + worker.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The number of writing threads for a setting: 0 means one per core. */
    static int threadsFor(int setting) {
        return setting > 0 ? setting : Runtime.getRuntime().availableProcessors();
    }

    /** Queues these documents, a slice per thread; waits while enough is queued. Each slice runs {@code then} when written. */
    void submit(List<T> docs, Write<T> write, IntConsumer then) throws IOException {
        int slice = Math.max(1, (docs.size() + threads - 1) / threads);
        for (int from = 0; from < docs.size(); from += slice) {
            List<T> part = docs.subList(from, Math.min(docs.size(), from + slice));
            queued.add(pool.submit(() -> {
                for (T doc : part) {
                    write.apply(doc);
                }
                then.accept(part.size());
                return null;
            }));
        }
        while (queued.size() > 2 * threads) {
            await(queued.poll());
        }
    }

    /** Waits until everything queued is written; the first failure is thrown. */
    void finish() throws IOException {
        while (!queued.isEmpty()) {
            await(queued.poll());
        }
    }

    private static void await(Future<?> write) throws IOException {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing the search index", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Writing the search index failed", cause);
        }
    }

    /** Stops the threads; what is still queued after a failure is dropped (the caller discards that index). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
