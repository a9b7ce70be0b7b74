package com.example.portal.search;

import java.io.IOException;
import java.util.Objects;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * A word's own score plus a constant when the document is a card: the share of the card bonus that a word of the query
 * earns. Scored as one clause, so each word's postings are read once; a separate "card and this word" clause per word
 * read them twice, and made the query about half as costly again (see docs/benchmarks.md).
 */
final class CardBonus extends DoubleValuesSource {

    private static final BytesRef CARD = new BytesRef(SearchType.CARD.name());

    private final float bonus;

    private CardBonus(float bonus) {
        this.bonus = bonus;
    }

    /** {@code word} scored as before, with {@code bonus} added on cards it matches. */
    static Query add(Query word, float bonus) {
        return new FunctionScoreQuery(word, new CardBonus(bonus));
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        SortedDocValues types = DocValues.getSorted(ctx.reader(), IndexMapping.TYPE);
        int card = types.lookupTerm(CARD);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                scores.advanceExact(doc);
                value = scores.doubleValue();
                if (card >= 0 && types.advanceExact(doc) && types.ordValue() == card) {
                    value += bonus;
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return true;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher reader) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardBonus other && other.bonus == bonus;
    }

    @Override
    public int hashCode() {
        return Objects.hash(CardBonus.class, bonus);
    }

    @Override
    public String toString() {
        return "cardBonus(" + bonus + ")";
    }
}
