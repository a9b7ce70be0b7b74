package com.example.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.example.portal.search.analysis.PortalAnalyzers;
import com.example.portal.search.eval.JudgedQueries;
import com.example.portal.search.eval.JudgedQuery;

/**
 * The forward-reading offsets strategy gives exactly the fragments stock Lucene gives, for every judged query (and a
 * misspelt copy of each) over an index on disk of several segments, with pages of hits in score order as the search
 * hands them over; and so do the texts kept in memory between searches ({@link StoredTexts}), which most hits here
 * come from after the first queries.
 */
class ForwardPostingsOffsetStrategyTest {

    @TempDir
    Path dir;

    @Test
    void sameFragmentsAsLuceneForEveryJudgedQuery() throws IOException {
        List<String> texts = new ArrayList<>();
        for (JudgedQuery q : JudgedQueries.loadResource("search/judged-queries.yaml")) {
            texts.add(q.query());
        }
        try (FSDirectory directory = FSDirectory.open(dir)) {
            IndexWriterConfig config = SearchIndex.writerConfig(IndexWriterConfig.OpenMode.CREATE, PortalAnalyzers.index());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (int i = 0; i < 150; i++) {
                    writer.addDocument(IndexMapping.toLucene(document(i, texts)));
                    if (i % 40 == 39) {
                        writer.commit(); // several segments: the strategy starts over in each
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(SearchIndex.SIMILARITY);
                Analyzer analyzer = PortalAnalyzers.query(List.of());
                int highlighted = 0;
                // One cache for all the queries: most hits' texts come from it, kept per segment and document number.
                StoredTexts kept = new StoredTexts(1_000_000);
                for (String text : texts) {
                    for (String q : List.of(text, text + "ы", swapped(text))) {
                        Query words = searcher.rewrite(SearchQueries.text(q, analyzer, analyzer, reader));
                        ScoreDoc[] top = searcher.search(SearchQueries.filtered(words, null, true), 20).scoreDocs;
                        Map<String, String[]> lucene = SearchHighlighter.settings(searcher, analyzer).build()
                                .highlightFields(IndexMapping.TEXT_FIELDS, words, SearchHighlighter.page(top), SearchHighlighter.PASSAGES);
                        Map<String, String[]> ours = new SearchHighlighter.ForwardPostingsHighlighter(
                                SearchHighlighter.settings(searcher, analyzer), null)
                                .highlightFields(IndexMapping.TEXT_FIELDS, words, SearchHighlighter.page(top), SearchHighlighter.PASSAGES);
                        Map<String, String[]> fromCache = new SearchHighlighter.ForwardPostingsHighlighter(
                                SearchHighlighter.settings(searcher, analyzer), kept)
                                .highlightFields(IndexMapping.TEXT_FIELDS, words, SearchHighlighter.page(top), SearchHighlighter.PASSAGES);
                        for (String field : IndexMapping.TEXT_FIELDS) {
                            assertThat(ours.get(field)).as("%s in %s", q, field).containsExactly(lucene.get(field));
                            assertThat(fromCache.get(field)).as("%s in %s, texts kept", q, field).containsExactly(lucene.get(field));
                            for (String fragment : lucene.get(field)) {
                                highlighted += fragment != null && fragment.contains("<mark>") ? 1 : 0;
                            }
                        }
                    }
                }
                // The comparison means something only if most queries highlight something.
                assertThat(highlighted).isGreaterThan(texts.size() * 10);
            }
        }
    }

    /** A document whose fields say several judged queries, each text in several documents and fields. */
    private static SearchDocument document(int i, List<String> texts) {
        int n = texts.size();
        List<String> body = new ArrayList<>();
        for (int k = 3; k < 9; k++) {
            body.add(texts.get((i * 7 + k) % n));
        }
        return new SearchDocument(SearchType.CARD, i + 1, "doc-" + i, true, texts.get(i % n),
                List.of(texts.get((i + 11) % n)), List.of(texts.get((i * 3 + 1) % n)),
                texts.get((i + 1) % n) + ". " + texts.get((i + 2) % n), texts.get((i * 5 + 9) % n),
                String.join(". ", body) + ".", List.of(texts.get((i + 13) % n)), "product", List.of(), List.of(), List.of());
    }

    /** The longest word with two letters in the middle swapped: a typo, so typo clauses are highlighted too. */
    private static String swapped(String query) {
        String longest = "";
        for (String word : query.split(" ")) {
            longest = word.length() > longest.length() ? word : longest;
        }
        if (longest.length() < 5) {
            return query;
        }
        int m = longest.length() / 2;
        return query.replace(longest, longest.substring(0, m) + longest.charAt(m + 1) + longest.charAt(m) + longest.substring(m + 2));
    }
}
