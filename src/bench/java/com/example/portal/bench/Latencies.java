package com.example.portal.bench;

import java.util.Arrays;

/**
 * Latency percentiles (milliseconds) and throughput of one measured run, with a note (open loop: requests sent,
 * completed late or not at all, errors).
 */
record Latencies(String side, int clients, int queries, double p50, double p95, double p99, double max, double perSecond,
        String note) {

    static Latencies of(String side, int clients, long[] nanos, long wallNanos) {
        return of(side, clients, nanos, wallNanos, "");
    }

    static Latencies of(String side, int clients, long[] nanos, long wallNanos, String note) {
        if (nanos.length == 0) {
            return new Latencies(side, clients, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, note);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(side, clients, sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, sorted.length / (wallNanos / 1e9), note);
    }

    /** The same run with more said in its note. */
    Latencies noting(String more) {
        return new Latencies(side, clients, queries, p50, p95, p99, max, perSecond, note.isEmpty() ? more : note + "; " + more);
    }

    /** Nearest-rank percentile. */
    static double ms(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    String markdownRow() {
        return "| %s | %d | %d | %s | %s | %s | %s | %s | %s |".formatted(side, clients, queries, fmt(p50), fmt(p95),
                fmt(p99), fmt(max), rate(perSecond), note);
    }

    /** Queries per second: whole numbers, with a decimal below 10 (a slow side is not shown as 0/s). */
    static String rate(double perSecond) {
        return perSecond < 10 ? "%.1f".formatted(perSecond) : "%,.0f".formatted(perSecond);
    }

    static String fmt(double ms) {
        return Double.isNaN(ms) ? "–" : ms < 10 ? "%.2f".formatted(ms) : ms < 100 ? "%.1f".formatted(ms) : "%,.0f".formatted(ms);
    }
}
