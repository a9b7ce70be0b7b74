package com.example.portal.bench;

import java.util.Arrays;

/** Latency percentiles (milliseconds) and throughput of one measured run. */
record Latencies(String side, int clients, int queries, double p50, double p95, double p99, double max, double perSecond) {

    static Latencies of(String side, int clients, long[] nanos, long wallNanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(side, clients, sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, sorted.length / (wallNanos / 1e9));
    }

    /** Nearest-rank percentile. */
    private static double ms(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    String markdownRow() {
        return "| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.0f |".formatted(side, clients, queries, p50, p95, p99, max, perSecond);
    }
}
