package com.example.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import com.example.portal.search.api.TextMatch;

/**
 * The fragments of a page of hits that match the query, HTML-escaped with {@code <mark>}…{@code </mark>}, from the
 * offsets in the postings: the query must be rewritten already, so typo clauses are the index terms they stand for.
 */
final class SearchHighlighter {

    /** Fragments per text field, in the order of {@link IndexMapping#TEXT_FIELDS}: the body gets two. */
    static final int[] PASSAGES = {1, 1, 1, 1, 2, 1};
    private static final PassageScoring SCORING = new PassageScoring();

    private SearchHighlighter() {
    }

    /** Each hit's matched fields, in the order of the slice; fields without a match are left out. */
    static List<List<TextMatch>> textMatches(IndexSearcher searcher, Analyzer analyzer, Query rewritten, ScoreDoc[] slice,
            StoredTexts texts) throws IOException {
        Map<String, String[]> fragments = new ForwardPostingsHighlighter(settings(searcher, analyzer), texts)
                .highlightFields(IndexMapping.TEXT_FIELDS, rewritten, page(slice), PASSAGES);
        List<List<TextMatch>> matches = new ArrayList<>();
        for (int i = 0; i < slice.length; i++) {
            List<TextMatch> hit = new ArrayList<>();
            for (String field : IndexMapping.TEXT_FIELDS) {
                String fragment = fragments.get(field)[i];
                if (fragment != null && fragment.contains("<mark>")) {
                    hit.add(new TextMatch(field, fragment));
                }
            }
            matches.add(hit);
        }
        return matches;
    }

    static TopDocs page(ScoreDoc[] slice) {
        return new TopDocs(new TotalHits(slice.length, TotalHits.Relation.EQUAL_TO), slice);
    }

    /** How hits are highlighted; {@link ForwardPostingsHighlighter} builds on it, the test compares it with stock Lucene. */
    static UnifiedHighlighter.Builder settings(IndexSearcher searcher, Analyzer analyzer) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(20_000)
                // Each hit's matches come from the postings of the query's terms in each field. Matching whole
                // weights per hit and field, phrases as spans, and summarising fields without a match (which the
                // API drops) cost more than the rest of the search together.
                .withWeightMatches(false)
                .withHighlightPhrasesStrictly(false)
                .withMaxNoHighlightPassages(0)
                .withScorer(SCORING);
    }

    /**
     * The unified highlighter with offsets read by {@link ForwardPostingsOffsetStrategy}, and the hits' texts from
     * {@link StoredTexts} when given one.
     */
    static final class ForwardPostingsHighlighter extends UnifiedHighlighter {
        /** The text fields in the order the highlighter asks for them (sorted). */
        private static final String[] SORTED_FIELDS = Arrays.stream(IndexMapping.TEXT_FIELDS).sorted().toArray(String[]::new);
        private final StoredTexts texts;

        ForwardPostingsHighlighter(UnifiedHighlighter.Builder builder, StoredTexts texts) {
            super(builder);
            this.texts = texts;
        }

        /** As Lucene's (documents until {@code cacheCharsThreshold} characters, one when 0), each from the cache. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (texts == null || !Arrays.equals(fields, SORTED_FIELDS)) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> values = new ArrayList<>();
            int chars = 0;
            do {
                int doc = docs.nextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                CharSequence[] found = texts.of(searcher.getIndexReader(), doc, this::stored);
                values.add(found);
                for (CharSequence value : found) {
                    chars += value == null ? 0 : value.length();
                }
            } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
            return values;
        }

        /** One document's texts as Lucene reads them (multiple values joined), as strings made once. */
        private CharSequence[] stored(int doc) throws IOException {
            CharSequence[] values = super.loadFieldValues(SORTED_FIELDS, DocIdSetIterator.range(doc, doc + 1), 0).get(0);
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i] == null ? null : values[i].toString();
            }
            return values;
        }

        @Override
        protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
            return source == OffsetSource.POSTINGS ? new ForwardPostingsOffsetStrategy(components)
                    : super.getOffsetStrategy(source, components);
        }
    }
}
