package com.example.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
import com.example.portal.search.analysis.PortalAnalyzers;
import com.example.portal.search.analysis.RussianLemmaFilter;
import com.example.portal.search.eval.EngineScores;
import com.example.portal.search.eval.JudgedQueries;
import com.example.portal.search.eval.JudgedQuery;
import com.example.portal.search.eval.MeanScores;
import com.example.portal.search.eval.QueryKind;
import com.example.portal.search.eval.RelevanceReport;
import com.example.portal.search.eval.SearchEngineUnderTest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Measured relevance, side by side (issue 4): the judged queries in src/test/resources/search/judged-queries.yaml
 * are run through every engine against the sample content, which the test profile imports into the embedded
 * PostgreSQL at start, and nDCG@10 and MRR@10 are printed overall and per query kind.
 *
 * <p>Our Lucene search runs beside the PostgreSQL full-text baseline in the same run, on the dev set (tuned on) and on a
 * held-out set (never tuned on). The test fails when ours is below the issue's bar on the dev set (0.85 nDCG@10, and
 * 0.10 above the baseline) or not above the baseline on the held-out set.
 */
@QuarkusTest
class SearchRelevanceTest {

    static final String JUDGED_QUERIES = "search/judged-queries.yaml";
    static final String HELD_OUT_QUERIES = "search/held-out-queries.yaml";
    static final int K = 10;
    /** Queries the baseline scores below this nDCG@10 are printed with what it returned. */
    static final double WORST_BELOW = 0.3;
    static final int MIN_QUERIES = 90;

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

    List<JudgedQuery> queries;
    List<JudgedQuery> heldOut;
    Set<String> corpus;

    @BeforeEach
    void load() throws InterruptedException {
        for (int i = 0; i < 600 && !index.ready(); i++) {
            Thread.sleep(100);
        }
        queries = JudgedQueries.loadResource(JUDGED_QUERIES);
        heldOut = JudgedQueries.loadResource(HELD_OUT_QUERIES);
        corpus = ContentDocuments.read(Path.of(content.dir()));
    }

    /**
     * The engines compared, each a column of the table: the baseline first, then our search as it runs, then two
     * in-memory indexes of the same documents that differ only in Russian analysis (issue 4: does dictionary
     * lemmatisation beat Snowball?). The first, Snowball, is what the portal runs.
     */
    Map<String, SearchEngineUnderTest> engines(List<SearchDocument> documents, List<List<String>> synonyms) {
        Map<String, SearchEngineUnderTest> engines = new LinkedHashMap<>();
        engines.put("postgres-fts", new PostgresFullTextBaseline(dataSource));
        engines.put("portal-search", (query, k) -> search.search(query, null, PageRequest.of(Math.min(k, 100), null), false,
                "relevance-test").edges.stream().map(e -> e.node.type.name().toLowerCase(Locale.ROOT) + ":" + e.node.slug).toList());
        engines.put("snowball (memory)", new InMemorySearch(documents, synonyms, PortalAnalyzers.SNOWBALL));
        engines.put("morfologik (memory)", new InMemorySearch(documents, synonyms, RussianLemmaFilter.MORFOLOGIK));
        return engines;
    }

    @Test
    void judgedSetIsValidAgainstTheImportedContent() throws SQLException {
        assertThat(queries).as("judged queries").hasSizeGreaterThanOrEqualTo(MIN_QUERIES);
        Set<QueryKind> kinds = EnumSet.noneOf(QueryKind.class);
        queries.forEach(query -> kinds.add(query.kind()));
        assertThat(kinds).as("kinds with at least one query").containsExactlyInAnyOrder(QueryKind.values());

        Map<String, String> cardStatus = new HashMap<>();
        Set<String> stored = storedDocuments(cardStatus);
        List<String> problems = new ArrayList<>();
        for (JudgedQuery query : concat(queries, heldOut)) {
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
        System.out.println("Dev set (" + JUDGED_QUERIES + "):");
        System.out.println(RelevanceReport.table(results, K));
        EngineScores baseline = results.get(0);
        System.out.println(RelevanceReport.worst(baseline, WORST_BELOW, 5));
        System.out.println(RelevanceReport.worst(results.get(1), WORST_BELOW, 5));

        List<EngineScores> heldOutResults = evaluate(engines, heldOut);
        System.out.println("Held-out set (" + HELD_OUT_QUERIES + "), never tuned on:");
        System.out.println(RelevanceReport.table(heldOutResults, K));
        System.out.println(RelevanceReport.worst(heldOutResults.get(1), WORST_BELOW, 5));

        for (EngineScores engine : concat(results, heldOutResults)) {
            assertComputed(engine.engine() + " overall", engine.overall());
            for (QueryKind kind : QueryKind.values()) {
                assertComputed(engine.engine() + " " + kind.key(), engine.of(kind));
            }
        }
        // Issue 4's bar, exactly: at least 0.85 nDCG@10, and at least 0.10 above the PostgreSQL baseline in the same run.
        MeanScores ours = results.get(1).overall();
        assertThat(ours.ndcg()).as("our nDCG@10 on the dev set").isGreaterThanOrEqualTo(0.85);
        assertThat(ours.ndcg() - baseline.overall().ndcg()).as("our nDCG@10 minus the baseline's on the dev set")
                .isGreaterThanOrEqualTo(0.10);
        // The held-out set is small and never tuned on: it must only show that the gain is not the dev set's alone.
        assertThat(heldOutResults.get(1).overall().ndcg()).as("our nDCG@10 on the held-out set")
                .isGreaterThan(heldOutResults.get(0).overall().ndcg());
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
