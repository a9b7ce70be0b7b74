package com.example.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CardBonus on a real index on disk: a card matching the word scores the word plus the bonus, anything else the word
 * alone, exactly as the separate "card and word" clause it replaced scored it.
 */
class CardBonusTest {

    @TempDir
    Path dir;

    @Test
    void addsTheBonusToCardsThatMatchAndNothingElse() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                writer.addDocument(doc("card-1", SearchType.CARD, "dashboard for calls"));
                writer.addDocument(doc("term-1", SearchType.GLOSSARY, "dashboard"));
                writer.addDocument(doc("card-2", SearchType.CARD, "retargeting"));
                writer.addDocument(doc("segment-1", SearchType.SEGMENT, "dashboard dashboard"));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query word = new TermQuery(new Term(IndexMapping.BODY, "dashboard"));
                Query card = new TermQuery(new Term(IndexMapping.TYPE, SearchType.CARD.name()));
                Query before = new BooleanQuery.Builder()
                        .add(word, Occur.SHOULD)
                        .add(new BoostQuery(new ConstantScoreQuery(new BooleanQuery.Builder()
                                .add(card, Occur.FILTER).add(word, Occur.FILTER).build()), 0.5f), Occur.SHOULD)
                        .build();
                TopDocs expected = searcher.search(before, 10);
                TopDocs actual = searcher.search(CardBonus.add(word, 0.5f), 10);

                assertThat(actual.totalHits.value).isEqualTo(3);
                assertThat(actual.scoreDocs).hasSameSizeAs(expected.scoreDocs);
                for (int i = 0; i < expected.scoreDocs.length; i++) {
                    ScoreDoc e = expected.scoreDocs[i];
                    ScoreDoc a = actual.scoreDocs[i];
                    assertThat(a.doc).isEqualTo(e.doc);
                    assertThat(a.score).isCloseTo(e.score, within(1e-5f));
                }
                float wordOnCard = searcher.explain(word, 0).getValue().floatValue();
                assertThat(searcher.explain(CardBonus.add(word, 0.5f), 0).getValue().floatValue())
                        .isCloseTo(wordOnCard + 0.5f, within(1e-5f));
                assertThat(searcher.explain(CardBonus.add(word, 0.5f), 1).getValue().floatValue())
                        .isCloseTo(searcher.explain(word, 1).getValue().floatValue(), within(1e-5f));
            }
        }
    }

    private static Document doc(String id, SearchType type, String body) {
        Document d = new Document();
        d.add(new StringField("id", id, Field.Store.YES));
        d.add(new StringField(IndexMapping.TYPE, type.name(), Field.Store.NO));
        d.add(new SortedDocValuesField(IndexMapping.TYPE, new BytesRef(type.name())));
        d.add(new TextField(IndexMapping.BODY, body, Field.Store.NO));
        return d;
    }
}
