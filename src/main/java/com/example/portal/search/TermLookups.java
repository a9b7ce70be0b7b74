package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The term dictionary lookups of one query on one reader. A query has a clause per word, field and synonym, each a
 * {@code TermQuery} that would open a fresh terms enum per segment when its weight is made ({@code TermStates.build});
 * here one enum per field and segment serves every term of the query, and the statistics found are handed to the
 * {@code TermQuery}, which then looks nothing up again. Not thread-safe: one query, one thread.
 */
final class TermLookups {

    private final IndexReaderContext top;
    private final List<LeafReaderContext> leaves;
    private final Map<String, TermsEnum[]> enums = new HashMap<>();

    private TermLookups(IndexReader reader) {
        this.top = reader.getContext();
        this.leaves = reader.leaves();
    }

    /** Lookups on the reader, or null without one (queries are then plain, their statistics found when searched). */
    static TermLookups on(IndexReader reader) {
        return reader == null ? null : new TermLookups(reader);
    }

    /** A term query carrying its statistics for this reader. */
    static Query termQuery(TermLookups lookups, Term term) {
        return lookups == null ? new TermQuery(term) : new TermQuery(term, lookups.states(term));
    }

    /** The term's statistics in every segment that has it. */
    TermStates states(Term term) {
        TermStates states = new TermStates(top);
        try {
            TermsEnum[] perLeaf = enums.computeIfAbsent(term.field(), this::open);
            for (int i = 0; i < perLeaf.length; i++) {
                TermsEnum terms = perLeaf[i];
                if (terms != null && terms.seekExact(term.bytes())) {
                    states.register(terms.termState(), leaves.get(i).ord, terms.docFreq(), terms.totalTermFreq());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return states;
    }

    /** How many documents hold the term. */
    int docFreq(Term term) {
        return states(term).docFreq();
    }

    private TermsEnum[] open(String field) {
        TermsEnum[] perLeaf = new TermsEnum[leaves.size()];
        try {
            for (int i = 0; i < perLeaf.length; i++) {
                Terms terms = leaves.get(i).reader().terms(field);
                perLeaf[i] = terms == null ? null : terms.iterator();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return perLeaf;
    }
}
