package com.example.portal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import com.example.portal.bench.QueryMix.BenchQuery;

/** The two ways the harness drives a side: closed loop (clients back to back) and open loop (fixed arrival rate). */
final class Load {

    interface Side {
        void run(BenchQuery q) throws Exception;
    }

    private Load() {
    }

    /**
     * Closed loop: optionally a warm-up pass (half the budget, one client), then each client runs the mix rounds times
     * in its own seeded order, back to back, until done or the time budget is spent. Failed queries are counted in the
     * note, not in the latencies; the first failure is printed.
     */
    static Latencies closed(String name, Side side, List<BenchQuery> mix, int clients, int rounds, long seed, int seconds,
            boolean warmUp) throws Exception {
        return closed(name, side, mix, clients, rounds, seed, seconds, warmUp, null);
    }

    /** As above; when byKind is given, also collects each query's latency under its kind (judged query kind). */
    static Latencies closed(String name, Side side, List<BenchQuery> mix, int clients, int rounds, long seed, int seconds,
            boolean warmUp, Map<String, List<Long>> byKind) throws Exception {
        if (warmUp) {
            onClients("warm-up of " + name, side, List.of(mix), seconds / 2, null);
        }
        List<List<BenchQuery>> orders = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<BenchQuery> order = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                order.addAll(mix);
            }
            Collections.shuffle(order, new Random(seed + c));
            orders.add(order);
        }
        return onClients(name, side, orders, seconds, byKind);
    }

    /**
     * Each query of the mix once, the mix dealt out over {@code clients} (query i to client i mod clients), until done or
     * {@code seconds} are spent: a warm-up that should reach every query, not a measurement.
     */
    static Latencies once(String name, Side side, List<BenchQuery> mix, int clients, int seconds) throws Exception {
        List<List<BenchQuery>> shares = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<BenchQuery> share = new ArrayList<>();
            for (int i = c; i < mix.size(); i += clients) {
                share.add(mix.get(i));
            }
            shares.add(share);
        }
        return onClients(name, side, shares, seconds, null);
    }

    /**
     * One client per list, each running its queries back to back until done or the time budget is spent. Failed queries
     * are counted in the note, not in the latencies; the first failure is printed.
     */
    private static Latencies onClients(String name, Side side, List<List<BenchQuery>> perClient, int seconds,
            Map<String, List<Long>> byKind) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(perClient.size());
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            long wall = System.nanoTime();
            for (List<BenchQuery> queries : perClient) {
                runs.add(pool.submit(() -> runAll(side, queries, seconds, errors, firstError, byKind)));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> run : runs) {
                all.add(run.get());
            }
            wall = System.nanoTime() - wall;
            long[] nanos = all.stream().flatMapToLong(Arrays::stream).toArray();
            if (firstError.get() != null) {
                System.err.println("[bench] " + name + ": first failure: " + firstError.get());
            }
            return Latencies.of(name, perClient.size(), nanos, wall, errors.get() == 0 ? "" : "errors " + errors.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs the queries in order until done or the time budget is spent; returns the latencies of those that succeeded. */
    private static long[] runAll(Side side, List<BenchQuery> queries, int seconds, AtomicInteger errors,
            AtomicReference<Throwable> firstError, Map<String, List<Long>> byKind) {
        long[] nanos = new long[queries.size()];
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        int n = 0;
        for (int i = 0; i < queries.size() && System.nanoTime() < deadline; i++) {
            long t = System.nanoTime();
            try {
                side.run(queries.get(i));
                nanos[n++] = System.nanoTime() - t;
                if (byKind != null) {
                    synchronized (byKind) {
                        byKind.computeIfAbsent(queries.get(i).kind() + (queries.get(i).filter() == null ? "" : " +filter"),
                                k -> new ArrayList<>()).add(nanos[n - 1]);
                    }
                }
            } catch (Exception e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, e);
            }
        }
        return Arrays.copyOf(nanos, n);
    }

    /**
     * Open loop: request i is due at start + i / rate, whatever happened to the ones before, for {@code seconds}. Up to
     * {@code connections} requests are in flight at once (a client's connection pool); a request due while all are busy
     * waits in the harness's queue. Latency runs from the time the request was due, not from when it was sent, so a slow
     * portal cannot hide behind a blocked load generator (coordinated omission). Requests still unanswered at the
     * cut-off ({@code grace} seconds after the last was due) count with their latency up to the cut-off: the percentiles
     * are then lower bounds, and the note says so.
     */
    static Latencies open(String name, Side side, List<BenchQuery> mix, double rate, int seconds, int connections,
            int grace, long seed) throws Exception {
        int total = Math.max(1, (int) Math.round(rate * seconds));
        List<BenchQuery> order = new ArrayList<>();
        while (order.size() < total) {
            List<BenchQuery> pass = new ArrayList<>(mix);
            Collections.shuffle(pass, new Random(seed + order.size()));
            order.addAll(pass);
        }
        long interval = Math.round(1e9 / rate);
        long start = System.nanoTime() + 100_000_000L;
        long cutoff = start + (total - 1) * interval + grace * 1_000_000_000L;
        AtomicLongArray done = new AtomicLongArray(total); // completion time, 0 while pending, -1 failed
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        LinkedBlockingQueue<Integer> due = new LinkedBlockingQueue<>();
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        for (int w = 0; w < connections; w++) {
            workers.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    Integer i;
                    try {
                        i = due.poll(50, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (i == null) {
                        if (System.nanoTime() > cutoff) {
                            return;
                        }
                        continue;
                    }
                    if (System.nanoTime() > cutoff) {
                        continue; // never sent: counted at the cut-off
                    }
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        side.run(order.get(i));
                        done.set(i, System.nanoTime());
                    } catch (Exception e) {
                        if (!(e instanceof InterruptedException) && System.nanoTime() <= cutoff) {
                            done.set(i, -1);
                            firstError.compareAndSet(null, e);
                        } // else: cut off while waiting for its answer, so unanswered
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
            });
        }
        for (int i = 0; i < total; i++) {
            long at = start + i * interval;
            long wait;
            while ((wait = at - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            due.add(i);
        }
        workers.shutdown();
        long left = cutoff - System.nanoTime();
        if (!workers.awaitTermination(Math.max(0, left) + 1_000_000_000L, TimeUnit.NANOSECONDS)) {
            workers.shutdownNow();
            workers.awaitTermination(30, TimeUnit.SECONDS);
        }
        long[] latencies = new long[total];
        int n = 0;
        int failed = 0;
        int unfinished = 0;
        long lastDone = start;
        for (int i = 0; i < total; i++) {
            long intended = start + i * interval;
            long d = done.get(i);
            if (d == -1) {
                failed++;
            } else if (d == 0) {
                unfinished++;
                latencies[n++] = cutoff - intended;
            } else {
                latencies[n++] = d - intended;
                lastDone = Math.max(lastDone, d);
            }
        }
        if (firstError.get() != null) {
            System.err.println("[bench] " + name + ": first failure: " + firstError.get());
        }
        int completed = n - unfinished;
        String note = "%.0f/s for %d s: %d due, %d answered, %d failed, %d unanswered after %d s grace%s; at most %d in flight"
                .formatted(rate, seconds, total, completed, failed, unfinished, grace,
                        unfinished > 0 ? " (percentiles are lower bounds)" : "", maxInFlight.get());
        Latencies l = Latencies.of(name, connections, Arrays.copyOf(latencies, n), Math.max(1, lastDone - start), note);
        // Throughput is what was answered, not what was due.
        return new Latencies(l.side(), l.clients(), completed, l.p50(), l.p95(), l.p99(), l.max(),
                completed / (Math.max(1, lastDone - start) / 1e9), note);
    }
}
