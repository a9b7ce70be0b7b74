package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * A query text analysed once and replayed for every field analysed alike. The query chain (synonym graph, stemming,
 * compound words) is the same for the six text fields, and analysing the text six times was most of building a query.
 * Each {@link #reset()} starts the replay over; closing it (as {@code QueryBuilder} does) releases nothing.
 */
final class ReplayedTokens extends TokenStream {

    private final List<State> tokens = new ArrayList<>();
    private final State end;
    private int next;

    private ReplayedTokens(TokenStream source) throws IOException {
        // Attributes of its own: the analyzer reuses the source's for its next text on this thread.
        super(source.cloneAttributes());
        source.reset();
        while (source.incrementToken()) {
            tokens.add(source.captureState());
        }
        source.end();
        end = source.captureState();
    }

    /** The analyzer's tokens of the text in the field. */
    static ReplayedTokens of(Analyzer analyzer, String field, String text) {
        try (TokenStream source = analyzer.tokenStream(field, text)) {
            return new ReplayedTokens(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean incrementToken() {
        if (next == tokens.size()) {
            return false;
        }
        restoreState(tokens.get(next++));
        return true;
    }

    @Override
    public void reset() {
        next = 0;
    }

    @Override
    public void end() {
        restoreState(end);
    }
}
