package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import com.example.portal.search.analysis.PortalAnalyzers;
import com.example.portal.search.eval.SearchEngineUnderTest;

/**
 * Our search over an index held in memory, built from the same documents, mapping, similarity and queries
 * ({@link SearchQueries}) as the live one: the relevance harness uses it to compare analysis choices side by side,
 * and the workbench to try ranking changes in seconds. Sees what a sales rep sees (published content only).
 */
final class InMemorySearch implements SearchEngineUnderTest {

    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final Analyzer plainAnalyzer;

    InMemorySearch(List<SearchDocument> documents, List<List<String>> synonymGroups, PortalAnalyzers.Stemming stemming) {
        this.queryAnalyzer = PortalAnalyzers.query(synonymGroups, stemming);
        this.plainAnalyzer = PortalAnalyzers.query(List.of(), stemming);
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory,
                    SearchIndex.writerConfig(IndexWriterConfig.OpenMode.CREATE, PortalAnalyzers.index(stemming)))) {
                for (SearchDocument document : documents) {
                    writer.addDocument(IndexMapping.toLucene(document, stemming));
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(SearchIndex.SIMILARITY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> search(String query, int k) {
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(SearchQueries.build(query, queryAnalyzer, plainAnalyzer, searcher.getIndexReader(), null, false), k).scoreDocs) {
                var doc = searcher.storedFields().document(hit.doc);
                ids.add(doc.get(IndexMapping.TYPE).toLowerCase(Locale.ROOT) + ":" + doc.get(IndexMapping.SLUG));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
