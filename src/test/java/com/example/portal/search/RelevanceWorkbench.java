package com.example.portal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.example.portal.search.analysis.PortalAnalyzers;
import com.example.portal.search.eval.EngineScores;
import com.example.portal.search.eval.JudgedQueries;
import com.example.portal.search.eval.JudgedQuery;
import com.example.portal.search.eval.JudgedSplit;
import com.example.portal.search.eval.SearchEngineUnderTest;
import com.example.portal.search.eval.QueryScore;
import com.example.portal.search.eval.RelevanceReport;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A developer's tool, not a test: ranks the judged queries (dev and held-out split) against the documents that the last run of
 * {@link SearchRelevanceQuarkusTest} wrote to {@value #DUMP} and prints the figures, in seconds rather than a Quarkus start.
 * Run it from the test classpath after {@code ./mvnw test-compile}:
 * {@code java -cp target/test-classes:target/classes:<test classpath> com.example.portal.search.RelevanceWorkbench [substring]}
 * (with a substring, only the dev queries containing it, each with its ranking; with {@code kind:<key>}, only the dev
 * queries of that kind).
 */
public final class RelevanceWorkbench {

    static final String DUMP = "target/relevance/documents.json";
    static final String SYNONYMS = "target/relevance/synonyms.json";

    private RelevanceWorkbench() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<SearchDocument> documents = json.readValue(Files.readString(Path.of(DUMP)), new TypeReference<>() {
        });
        List<List<String>> synonyms = json.readValue(Files.readString(Path.of(SYNONYMS)), new TypeReference<>() {
        });
        Set<String> corpus = ContentDocuments.read(Path.of("content"));
        Map<String, SearchEngineUnderTest> engines = new LinkedHashMap<>();
        engines.put("stock-lucene", new StockLuceneSearch(documents));
        engines.put("snowball", new InMemorySearch(documents, synonyms, PortalAnalyzers.SNOWBALL));
        List<JudgedQuery> all = JudgedQueries.loadResources(SearchRelevanceQuarkusTest.JUDGED_FILES);
        // Only the dev split is shown query by query: the held-out split is never tuned on, so only its table is printed.
        for (boolean heldOut : new boolean[] {false, true}) {
            List<JudgedQuery> queries = heldOut ? JudgedSplit.heldOut(all) : JudgedSplit.dev(all);
            if (args.length > 0 && !heldOut) {
                queries = queries.stream().filter(q -> args[0].startsWith("kind:") ? q.kind().key().equals(args[0].substring(5))
                        : q.query().contains(args[0])).toList();
            }
            List<JudgedQuery> judged = queries;
            List<EngineScores> scores = engines.entrySet().stream().map(e -> EngineScores.evaluate(e.getKey(), e.getValue(), judged,
                    SearchRelevanceQuarkusTest.K, corpus::contains)).toList();
            System.out.println(heldOut ? "held-out split" : "dev split");
            System.out.println(RelevanceReport.table(scores, SearchRelevanceQuarkusTest.K));
            if (heldOut) {
                continue;
            }
            for (QueryScore score : scores.get(1).perQuery().stream().sorted(Comparator.comparingDouble(QueryScore::ndcg)).toList()) {
                if (score.ndcg() < 0.9 || args.length > 0) {
                    System.out.printf(Locale.ROOT, "  %.3f %-9s «%s» wanted %s%n      got %s%n", score.ndcg(), score.judged().kind().key(),
                            score.judged().query(), score.judged().grades(), score.ranking().stream()
                                    .map(id -> id + (score.judged().grades().containsKey(id) ? "[" + score.judged().grades().get(id) + "]" : ""))
                                    .toList());
                }
            }
        }
    }

    /** Writes what the workbench reads. */
    static void dump(List<SearchDocument> documents, List<List<String>> synonyms) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(Path.of(DUMP).getParent());
        Files.writeString(Path.of(DUMP), json.writeValueAsString(documents));
        Files.writeString(Path.of(SYNONYMS), json.writeValueAsString(synonyms));
    }
}
