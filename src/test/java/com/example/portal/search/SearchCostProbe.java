package com.example.portal.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import com.example.portal.search.analysis.PortalAnalyzers;
import com.example.portal.search.eval.JudgedQueries;
import com.example.portal.search.eval.JudgedQuery;

/**
 * A developer's tool, not a test: where a search's CPU time goes, phase by phase (building the query, rewriting it,
 * searching with facets, counting facets, highlighting), on an index a run left behind: the argument, e.g. a
 * benchmark's target/bench-work/1000-8/search-index, or by default the tests' target/search-index/test. CPU time per thread, so a busy machine skews it far less than wall-clock time.
 * {@code -Dprobe.rounds=N} passes over the queries (3; the first ones warm the JIT up).
 * Run after a benchmark (or any test run that left an index), from an IDE or with
 * {@code ./mvnw -q dependency:build-classpath -Dmdep.outputFile=cp.txt} and
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) com.example.portal.search.SearchCostProbe [index root]}.
 */
final class SearchCostProbe {

    /** Highlighted documents' texts kept between queries: {@code -Dprobe.stored-text-chars} (0, off, by default). */
    private static final StoredTexts TEXTS = new StoredTexts(Long.getLong("probe.stored-text-chars", 0));

    /** The newest {@code index-<millis>} directory under an index root (a rebuild leaves the older ones until a swap). */
    static Path newestIndex(Path root) throws java.io.IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("index-")).max(Path::compareTo).orElseThrow();
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "target/search-index/test");
        Path dir = newestIndex(root);
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(FSDirectory.open(dir)));
        searcher.setSimilarity(SearchIndex.SIMILARITY);
        Analyzer analyzer = PortalAnalyzers.query(List.of());
        SortedSetDocValuesReaderState facetState = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(),
                IndexMapping.FACETS);
        List<String> queries = new ArrayList<>();
        for (JudgedQuery q : JudgedQueries.loadResource("search/judged-queries.yaml")) {
            queries.add(q.query());
            queries.add(typo(q.query()));
        }
        System.out.printf("index %s: %d documents, %d queries%n", dir, searcher.getIndexReader().numDocs(), queries.size());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        // Bytes allocated per phase: garbage costs CPU on the collector's threads, which thread CPU time does not see.
        com.sun.management.ThreadMXBean memory = (com.sun.management.ThreadMXBean) cpu;
        long self = Thread.currentThread().getId();
        String[] phases = {"build", "rewrite", "search+facets collect", "facet counts", "highlight 20"};
        for (int round = 0; round < Integer.getInteger("probe.rounds", 3); round++) {
            long[] total = new long[phases.length];
            long[] allocated = new long[phases.length];
            for (String q : queries) {
                long a = memory.getThreadAllocatedBytes(self);
                long t = cpu.getCurrentThreadCpuTime();
                Query text = SearchQueries.text(q, analyzer, analyzer, searcher.getIndexReader());
                total[0] += -t + (t = cpu.getCurrentThreadCpuTime());
                allocated[0] += -a + (a = memory.getThreadAllocatedBytes(self));
                Query words = searcher.rewrite(text);
                total[1] += -t + (t = cpu.getCurrentThreadCpuTime());
                allocated[1] += -a + (a = memory.getThreadAllocatedBytes(self));
                FacetsCollector facets = new FacetsCollector();
                TopDocs top = FacetsCollector.search(searcher, SearchQueries.filtered(words, null, false), 20, facets);
                total[2] += -t + (t = cpu.getCurrentThreadCpuTime());
                allocated[2] += -a + (a = memory.getThreadAllocatedBytes(self));
                FacetCounter.count(facetState, facets, FacetCounter.TOP);
                total[3] += -t + (t = cpu.getCurrentThreadCpuTime());
                allocated[3] += -a + (a = memory.getThreadAllocatedBytes(self));
                SearchService.hits(searcher, analyzer, words, Arrays.copyOf(top.scoreDocs, top.scoreDocs.length, ScoreDoc[].class), TEXTS, true);
                total[4] += -t + cpu.getCurrentThreadCpuTime();
                allocated[4] += -a + memory.getThreadAllocatedBytes(self);
            }
            StringBuilder line = new StringBuilder("round " + round + ": CPU ms per query:");
            long sum = 0;
            for (int i = 0; i < phases.length; i++) {
                line.append(String.format(Locale.ROOT, " %s %.3f;", phases[i], total[i] / 1e6 / queries.size()));
                sum += total[i];
            }
            System.out.println(line.append(String.format(Locale.ROOT, " total %.3f", sum / 1e6 / queries.size())));
            StringBuilder bytes = new StringBuilder("round " + round + ": kB allocated per query:");
            for (int i = 0; i < phases.length; i++) {
                bytes.append(String.format(Locale.ROOT, " %s %.0f;", phases[i], allocated[i] / 1e3 / queries.size()));
            }
            System.out.println(bytes);
        }
    }

    /** The longest word with two letters in the middle swapped. */
    private static String typo(String query) {
        String longest = Arrays.stream(query.split(" ")).max((a, b) -> a.length() - b.length()).orElse(query);
        if (longest.length() < 5) {
            return query;
        }
        int i = longest.length() / 2;
        String swapped = longest.substring(0, i) + longest.charAt(i + 1) + longest.charAt(i) + longest.substring(i + 2);
        return query.replace(longest, swapped);
    }
}
