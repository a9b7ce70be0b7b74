package com.example.portal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.example.portal.bench.QueryMix.BenchQuery;
import com.example.portal.content.ContentImporter;
import com.example.portal.content.api.ImportContentPayload;
import com.example.portal.graphql.PageRequest;
import com.example.portal.search.SearchIndex;
import com.example.portal.search.SearchService;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The benchmark of issue 8 (README "Benchmarks"): generates a seeded synthetic corpus, imports it with the real
 * importer, rebuilds the search index, and runs the same query mix through our SearchService in-process (Lucene,
 * facets, highlights, loading the hits' nodes) and through PostgreSQL full-text search (AND and OR of the lexemes),
 * with one client and with several. Tagged "benchmark": only {@code ./mvnw -Pbenchmark verify} runs it.
 *
 * <p>System properties: {@code bench.cards} (1000), {@code bench.seed} (8), {@code bench.clients} (2),
 * {@code bench.rounds} (passes over the mix per measured run, 2), {@code bench.seconds} (time budget per measured run,
 * which stops it early; 20).
 */
@QuarkusTest
@Tag("benchmark")
class SearchBenchmark {

    private static final List<String> SEGMENTS = List.of("missing-calls-no-tracking", "call-tracking-still-missing",
            "enterprise-own-telephony", "mass-hiring-frontline", "specialist-hiring", "new-employers-first-month",
            "micro-business", "loyal-multi-product");

    @Inject
    ContentImporter importer;

    @Inject
    SearchIndex index;

    @Inject
    SearchService search;

    @Inject
    DataSource dataSource;

    interface Side {
        void run(BenchQuery q) throws Exception;
    }

    @Test
    void benchmark() throws Exception {
        int cards = Integer.getInteger("bench.cards", 1000);
        long seed = Long.getLong("bench.seed", 8);
        int clients = Integer.getInteger("bench.clients", 2);
        int rounds = Integer.getInteger("bench.rounds", 2);
        int seconds = Integer.getInteger("bench.seconds", 20);
        BenchReport report = new BenchReport();
        report.setup.put("cards", cards);
        report.setup.put("seed", seed);
        report.setup.put("processors", Runtime.getRuntime().availableProcessors());
        report.setup.put("java", System.getProperty("java.version"));
        report.setup.put("load generator", "same JVM as the portal (QuarkusTest)");

        Path corpus = Path.of("target/bench-corpus/" + cards + "-" + seed);
        long start = System.nanoTime();
        new SyntheticCorpus(Path.of("content/cards")).write(corpus, cards, seed);
        report.figures.put("corpus generation ms", ms(start));

        start = System.nanoTime();
        ImportContentPayload imported = importer.importFrom(corpus);
        long importNanos = System.nanoTime() - start;
        assertThat(imported.problems).as("import problems").isEmpty();
        report.figures.put("import ms (ContentImporter, one transaction)", importNanos / 1_000_000);
        report.figures.put("import cards/s", Math.round(cards / (importNanos / 1e9)));

        start = System.nanoTime();
        index.catchUp();
        report.figures.put("index catch-up after import ms (outbox events)", ms(start));
        start = System.nanoTime();
        index.rebuild();
        report.figures.put("full index rebuild ms", ms(start));

        PostgresFullText postgres = new PostgresFullText(dataSource);
        report.figures.put("PostgreSQL tsvector table + GIN index build ms", postgres.build());

        List<String> products = List.of("vacancies", "call-tracking", "resume-database", "analytics", "crm-integration",
                "employer-branding", "loyalty");
        List<String> tags = List.of("отклики", "кандидаты", "специалисты", "оплата", "звонки", "вакансии", "база резюме");
        List<BenchQuery> mix = QueryMix.build(seed, products, SEGMENTS, tags);
        report.setup.put("distinct queries", mix.size());
        report.setup.put("passes over the mix per run", rounds);
        report.setup.put("time budget per measured run s (warm-up half of it)", seconds);

        PageRequest page = PageRequest.of(20, null);
        Side lucene = q -> search.search(q.text(), q.filter(), page, false, "sales");
        Side pgAnd = q -> postgres.search(q, true);
        Side pgOr = q -> postgres.search(q, false);
        for (int c : new int[] {1, clients}) {
            report.searches.add(measure("SearchService in-process (Lucene)", lucene, mix, c, rounds, seed, seconds));
            report.searches.add(measure("PostgreSQL FTS, AND of lexemes", pgAnd, mix, c, rounds, seed, seconds));
            report.searches.add(measure("PostgreSQL FTS, OR of lexemes", pgOr, mix, c, rounds, seed, seconds));
        }
        report.figures.put("resident memory of the test JVM (portal + harness) MB", residentMb());

        Path written = report.write(Path.of("target/bench-results"), "search-" + cards);
        System.out.println(Files.readString(written));
    }

    /** Warms up with one pass, then each of the clients runs the mix rounds times in its own seeded order. */
    private static Latencies measure(String name, Side side, List<BenchQuery> mix, int clients, int rounds, long seed,
            int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            pool.submit(() -> runAll(side, mix, seconds / 2)).get();
            List<Future<long[]>> runs = new ArrayList<>();
            long wall = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                List<BenchQuery> order = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    order.addAll(mix);
                }
                Collections.shuffle(order, new Random(seed + c));
                runs.add(pool.submit(() -> runAll(side, order, seconds)));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> run : runs) {
                all.add(run.get());
            }
            wall = System.nanoTime() - wall;
            long[] nanos = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            return Latencies.of(name, clients, nanos, wall);
        } finally {
            pool.shutdown();
        }
    }

    /** Runs the queries in order until done or the time budget is spent; returns the latencies measured. */
    private static long[] runAll(Side side, List<BenchQuery> queries, int seconds) throws Exception {
        long[] nanos = new long[queries.size()];
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        var context = Arc.container().requestContext();
        context.activate();
        int i = 0;
        try {
            for (; i < queries.size() && System.nanoTime() < deadline; i++) {
                long t = System.nanoTime();
                side.run(queries.get(i));
                nanos[i] = System.nanoTime() - t;
            }
        } finally {
            context.terminate();
        }
        return java.util.Arrays.copyOf(nanos, i);
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long residentMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
