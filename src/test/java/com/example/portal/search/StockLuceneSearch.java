package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import com.example.portal.search.eval.SearchEngineUnderTest;

/**
 * The second yardstick of issue 18: Lucene out of the box, as a team would set it up without our analysis or ranking.
 * The same documents and fields as ours, Lucene's {@link RussianAnalyzer} (standard tokenizer, Russian stop words,
 * Snowball) for indexing and queries, BM25, and an OR of the query's words over every text field, all fields weighing
 * the same. Sees what a sales rep sees (published content only).
 */
final class StockLuceneSearch implements SearchEngineUnderTest {

    private final IndexSearcher searcher;
    private final Analyzer analyzer = new RussianAnalyzer();

    StockLuceneSearch(List<SearchDocument> documents) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (SearchDocument document : documents) {
                    writer.addDocument(stock(document));
                }
            }
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts our index holds, each field analysed by the writer's (stock) analyzer; ours analyses its own. */
    private static Document stock(SearchDocument doc) {
        Document d = new Document();
        d.add(new StringField(IndexMapping.TYPE, doc.type().name(), Field.Store.YES));
        d.add(new StringField(IndexMapping.SLUG, doc.slug(), Field.Store.YES));
        d.add(new StringField(IndexMapping.VISIBLE, doc.visibleToAll() ? "all" : "restricted", Field.Store.NO));
        d.add(new TextField(IndexMapping.TITLE, doc.title(), Field.Store.NO));
        doc.aliases().forEach(alias -> d.add(new TextField(IndexMapping.ALIASES, alias, Field.Store.NO)));
        addUnlessBlank(d, IndexMapping.SUMMARY, doc.summary());
        doc.keywords().forEach(keyword -> d.add(new TextField(IndexMapping.KEYWORDS, keyword, Field.Store.NO)));
        d.add(new TextField(IndexMapping.KEYWORDS, doc.slug().replace('-', ' '), Field.Store.NO));
        addUnlessBlank(d, IndexMapping.PITCH, doc.pitch());
        addUnlessBlank(d, IndexMapping.BODY, doc.body());
        return d;
    }

    private static void addUnlessBlank(Document d, String field, String text) {
        if (text != null && !text.isBlank()) {
            d.add(new TextField(field, text, Field.Store.NO));
        }
    }

    @Override
    public List<String> search(String query, int k) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        for (String field : IndexMapping.TEXT_FIELDS) {
            Query fieldQuery = builder.createBooleanQuery(field, query, Occur.SHOULD);
            if (fieldQuery != null) {
                text.add(fieldQuery, Occur.SHOULD);
            }
        }
        Query visible = new BooleanQuery.Builder().add(text.build(), Occur.MUST)
                .add(new TermQuery(new Term(IndexMapping.VISIBLE, "all")), Occur.FILTER).build();
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(visible, k).scoreDocs) {
                var doc = searcher.storedFields().document(hit.doc);
                ids.add(doc.get(IndexMapping.TYPE).toLowerCase(Locale.ROOT) + ":" + doc.get(IndexMapping.SLUG));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
