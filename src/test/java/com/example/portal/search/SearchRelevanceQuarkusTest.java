package com.example.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.portal.content.ContentConfig;
import com.example.portal.graphql.PageRequest;
import com.example.portal.search.analysis.RussianLemmaFilter;
import com.example.portal.search.eval.EngineScores;
import com.example.portal.search.eval.JudgedQueries;
import com.example.portal.search.eval.JudgedQuery;
import com.example.portal.search.eval.JudgedSplit;
import com.example.portal.search.eval.MeanScores;
import com.example.portal.search.eval.QueryKind;
import com.example.portal.search.eval.RelevanceReport;
import com.example.portal.search.eval.SearchEngineUnderTest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Measured relevance, side by side (issues 4 and 18): the judged queries in src/test/resources/search/ are run through
 * every engine against the sample content, which the test profile imports into the embedded PostgreSQL at start, and
 * nDCG@10, MRR@10 and P@1 are printed overall and per query kind, on the dev split (tuned on) and on the held-out
 * split (a third chosen by a hash of the query text, never tuned on; see {@link JudgedSplit}).
 *
 * <p>Our Lucene search runs beside two yardsticks in the same run: PostgreSQL full-text search and stock Lucene. The
 * test fails when ours is below issue 4's bar on the dev split (0.85 nDCG@10 and 0.10 above PostgreSQL), not above
 * both yardsticks on the held-out split, below issue 18's overall held-out floors, or below a kind's floor.
 */
@QuarkusTest
@TestProfile(SearchRelevanceQuarkusTest.SampleContentOnly.class)
class SearchRelevanceQuarkusTest {

    /**
     * A database and index of their own holding the sample content and nothing else: the cards and terms other test
     * classes leave in the shared database competed for the judged queries and moved a small kind's figure by several
     * hundredths from one build to the next.
     */
    public static class SampleContentOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.embedded-postgres.data-dir", "target/embedded-pg/relevance",
                    "portal.embedded-postgres.clean", "true",
                    "portal.search.dir", "target/search-index/relevance");
        }
    }

    /** Every judged query; which are held out is decided by {@link JudgedSplit}, not by the file. */
    static final List<String> JUDGED_FILES = List.of("search/judged-queries.yaml", "search/held-out-queries.yaml",
            "search/judged-queries-reps-words.yaml");
    /**
     * Judged files to print one table each for, besides the two splits: {@code
     * -Drelevance.per-file=search/judged-queries.yaml,search/held-out-queries.yaml} prints issue 4's split by file (its
     * dev and held-out sets), so that today's search can be compared with search before issue 18 on the queries that
     * existed then. Only tables are printed; the assertions stay on the hash split.
     */
    static final String PER_FILE = "relevance.per-file";
    static final int K = 10;
    /** The column of our search as it runs in {@link #engines}. */
    static final int OURS = 2;
    /** Queries the baseline scores below this nDCG@10 are printed with what it returned. */
    static final double WORST_BELOW = 0.3;
    static final int MIN_QUERIES = 250;
    /**
     * Issue 18's floors per kind, nDCG@10 of our search: what the in-memory index of the same documents measured, less
     * 0.03 on the dev split and 0.05 on the held-out split (its kinds have 2 to 11 queries). The test runs on a database
     * of its own ({@link SampleContentOnly}), so its figures no longer depend on what other test classes stored.
     */
    static final Map<QueryKind, Double> DEV_FLOORS = floors(0.94, 0.91, 0.90, 0.94, 0.89, 0.90, 0.83, 0.82, 0.92, 0.85,
            0.91, 0.88, 0.94, 0.87);
    static final Map<QueryKind, Double> HELD_OUT_FLOORS = floors(0.93, 0.92, 0.92, 0.93, 0.94, 0.89, 0.83, 0.82, 0.87,
            0.87, 0.87, 0.89, 0.83, 0.90);
    /** Held-out overall: measured 0.938 nDCG@10 and 0.963 P@1 (card bonus by coverage, mapping 8); the issue's targets. */
    static final double HELD_OUT_NDCG = 0.93;
    static final double HELD_OUT_P1 = 0.90;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContentConfig content;

    @Inject
    SearchService search;

    @Inject
    SearchIndex index;

    @Inject
    Instance<SearchDocumentSource> sources;

    @Inject
    Instance<SynonymSource> synonymSources;

    List<JudgedQuery> all;
    List<JudgedQuery> queries;
    List<JudgedQuery> heldOut;
    Set<String> corpus;

    @BeforeEach
    void load() throws InterruptedException {
        for (int i = 0; i < 600 && !index.ready(); i++) {
            Thread.sleep(100);
        }
        all = JudgedQueries.loadResources(JUDGED_FILES);
        queries = JudgedSplit.dev(all);
        heldOut = JudgedSplit.heldOut(all);
        corpus = ContentDocuments.read(Path.of(content.dir()));
    }

    /**
     * The engines compared, each a column of the table: the two yardsticks, our search as it runs, then an in-memory
     * index of the same documents with dictionary lemmas instead of Snowball (issue 4: does lemmatisation beat it?).
     */
    Map<String, SearchEngineUnderTest> engines(List<SearchDocument> documents, List<List<String>> synonyms) {
        Map<String, SearchEngineUnderTest> engines = new LinkedHashMap<>();
        engines.put("postgres-fts", new PostgresFullTextBaseline(dataSource));
        engines.put("stock-lucene", new StockLuceneSearch(documents));
        engines.put("portal-search", (query, k) -> search.search(query, null, PageRequest.of(Math.min(k, 100), null), false,
                "relevance-test").edges.stream().map(e -> e.node.type.name().toLowerCase(Locale.ROOT) + ":" + e.node.slug).toList());
        engines.put("morfologik (memory)", new InMemorySearch(documents, synonyms, RussianLemmaFilter.MORFOLOGIK));
        return engines;
    }

    @Test
    void judgedSetIsValidAgainstTheImportedContent() throws SQLException {
        assertThat(all).as("judged queries").hasSizeGreaterThanOrEqualTo(MIN_QUERIES);
        for (List<JudgedQuery> split : List.of(queries, heldOut)) {
            Set<QueryKind> kinds = EnumSet.noneOf(QueryKind.class);
            split.forEach(query -> kinds.add(query.kind()));
            assertThat(kinds).as("kinds with at least one query in each split").containsExactlyInAnyOrder(QueryKind.values());
        }

        Map<String, String> cardStatus = new HashMap<>();
        Set<String> stored = storedDocuments(cardStatus);
        List<String> problems = new ArrayList<>();
        for (JudgedQuery query : all) {
            for (String id : query.grades().keySet()) {
                if (!stored.contains(id)) {
                    problems.add("«" + query.query() + "»: " + id + " is not in the database");
                } else if (!corpus.contains(id)) {
                    problems.add("«" + query.query() + "»: " + id + " is not in the content directory");
                } else if (id.startsWith("card:") && !"PUBLISHED".equals(cardStatus.get(id))) {
                    problems.add("«" + query.query() + "»: " + id + " is " + cardStatus.get(id)
                            + "; only published cards may be judged relevant");
                }
            }
        }
        assertThat(problems).as("judged documents that cannot be found").isEmpty();
    }

    @Test
    void measuresAndPrintsEveryEngine() throws IOException {
        List<SearchDocument> documents = documents();
        List<List<String>> synonyms = synonymGroups();
        RelevanceWorkbench.dump(documents, synonyms);
        Map<String, SearchEngineUnderTest> engines = engines(documents, synonyms);
        List<EngineScores> results = evaluate(engines, queries);
        System.out.println();
        System.out.println("Dev split (" + queries.size() + " of " + all.size() + " judged queries):");
        System.out.println(RelevanceReport.table(results, K));
        EngineScores baseline = results.get(0);
        System.out.println(RelevanceReport.worst(baseline, WORST_BELOW, 5));
        System.out.println(RelevanceReport.worst(results.get(OURS), WORST_BELOW, 5));

        List<EngineScores> heldOutResults = evaluate(engines, heldOut);
        System.out.println("Held-out split (" + heldOut.size() + " judged queries), never tuned on:");
        // Only the table: printing held-out queries one by one would invite tuning on them.
        System.out.println(RelevanceReport.table(heldOutResults, K));
        for (String file : System.getProperty(PER_FILE, "").split(",")) {
            if (!file.isBlank()) {
                List<JudgedQuery> inFile = JudgedQueries.loadResource(file.strip());
                System.out.println("File " + file.strip() + " (" + inFile.size() + " judged queries, split by file):");
                System.out.println(RelevanceReport.table(evaluate(engines, inFile), K));
            }
        }

        for (EngineScores engine : concat(results, heldOutResults)) {
            assertComputed(engine.engine() + " overall", engine.overall());
            for (QueryKind kind : QueryKind.values()) {
                assertComputed(engine.engine() + " " + kind.key(), engine.of(kind));
            }
        }
        // Issue 4's bar, exactly: at least 0.85 nDCG@10, and at least 0.10 above the PostgreSQL baseline in the same run.
        MeanScores ours = results.get(OURS).overall();
        assertThat(ours.ndcg()).as("our nDCG@10 on the dev set").isGreaterThanOrEqualTo(0.85);
        assertThat(ours.ndcg() - baseline.overall().ndcg()).as("our nDCG@10 minus the baseline's on the dev set")
                .isGreaterThanOrEqualTo(0.10);
        // The held-out split is never tuned on: the gain over both yardsticks must hold there too.
        MeanScores heldOutOurs = heldOutResults.get(OURS).overall();
        assertThat(heldOutOurs.ndcg()).as("our nDCG@10 on the held-out split")
                .isGreaterThan(heldOutResults.get(0).overall().ndcg())
                .isGreaterThan(heldOutResults.get(1).overall().ndcg())
                .isGreaterThanOrEqualTo(HELD_OUT_NDCG);
        assertThat(heldOutOurs.p1()).as("our P@1 on the held-out split").isGreaterThanOrEqualTo(HELD_OUT_P1);
        List<String> below = new ArrayList<>();
        for (QueryKind kind : QueryKind.values()) {
            belowFloor(below, "dev", kind, results.get(OURS).of(kind), DEV_FLOORS.get(kind));
            belowFloor(below, "held-out", kind, heldOutResults.get(OURS).of(kind), HELD_OUT_FLOORS.get(kind));
        }
        assertThat(below).as("kinds below their floor").isEmpty();
    }

    private static void belowFloor(List<String> below, String split, QueryKind kind, MeanScores scores, double floor) {
        if (scores.ndcg() < floor) {
            below.add(String.format(Locale.ROOT, "%s %s: nDCG@%d %.3f < %.2f", split, kind.key(), K, scores.ndcg(), floor));
        }
    }

    /** Floors in the order of {@link QueryKind#values()}. */
    private static Map<QueryKind, Double> floors(double... values) {
        Map<QueryKind, Double> floors = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            floors.put(kind, values[kind.ordinal()]);
        }
        return floors;
    }

    private List<EngineScores> evaluate(Map<String, SearchEngineUnderTest> engines, List<JudgedQuery> judged) {
        return engines.entrySet().stream()
                .map(engine -> EngineScores.evaluate(engine.getKey(), engine.getValue(), judged, K, corpus::contains))
                .toList();
    }

    /** Every document the sources hold, as the index gets them, and the glossary's synonym groups. */
    private List<SearchDocument> documents() {
        List<SearchDocument> documents = new ArrayList<>();
        for (SearchDocumentSource source : sources) {
            long after = 0;
            List<SearchDocument> page;
            do {
                page = source.page(after, 500);
                documents.addAll(page);
                after = page.stream().mapToLong(SearchDocument::id).max().orElse(after);
            } while (page.size() == 500);
        }
        return documents;
    }

    private List<List<String>> synonymGroups() {
        List<List<String>> groups = new ArrayList<>();
        synonymSources.forEach(source -> groups.addAll(source.synonymGroups()));
        return groups;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void assertComputed(String what, MeanScores mean) {
        assertThat(mean.ndcg()).as(what + " nDCG@" + K).isBetween(0.0, 1.0);
        assertThat(mean.mrr()).as(what + " MRR@" + K).isBetween(0.0, 1.0);
    }

    /** Every searchable object in the database as type:slug; fills in each card's status. */
    private Set<String> storedDocuments(Map<String, String> cardStatus) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select 'card:' || slug as id, status from feature_card
                        union all select 'segment:' || slug, null from segment
                        union all select 'glossary:' || slug, null from glossary_term
                        union all select 'release:' || slug, null from release_note""")) {
            while (rows.next()) {
                String id = rows.getString("id");
                ids.add(id);
                if (id.startsWith("card:")) {
                    cardStatus.put(id, rows.getString("status"));
                }
            }
        }
        return ids;
    }
}
