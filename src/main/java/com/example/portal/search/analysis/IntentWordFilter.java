package com.example.portal.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Queries only: drops the words with which reps frame a question rather than name its subject («кому предложить»,
 * «клиент боится, что…», «клиент хочет…»). They occur in nearly every card and segment, so they rank documents by
 * chance. A query made only of such words keeps them all. Runs after stemming and compares stems.
 */
final class IntentWordFilter extends TokenFilter {

    private final CharArraySet intentStems;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final List<State> kept = new ArrayList<>();
    private final List<Integer> increments = new ArrayList<>();
    private int next = -1;

    IntentWordFilter(TokenStream input, CharArraySet intentStems) {
        super(input);
        this.intentStems = intentStems;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < 0) {
            bufferAll();
        }
        if (next >= kept.size()) {
            return false;
        }
        restoreState(kept.get(next));
        position.setPositionIncrement(increments.get(next));
        next++;
        return true;
    }

    /** Queries are short (at most 500 characters): read them whole to know whether anything but intent words is left. */
    private void bufferAll() throws IOException {
        List<State> all = new ArrayList<>();
        List<Boolean> intent = new ArrayList<>();
        while (input.incrementToken()) {
            all.add(captureState());
            intent.add(intentStems.contains(term.buffer(), 0, term.length()));
        }
        boolean subject = intent.contains(false);
        int skipped = 0;
        for (int i = 0; i < all.size(); i++) {
            restoreState(all.get(i));
            if (subject && intent.get(i)) {
                skipped += position.getPositionIncrement();
                continue;
            }
            kept.add(all.get(i));
            increments.add(position.getPositionIncrement() + skipped);
            skipped = 0;
        }
        next = 0;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        kept.clear();
        increments.clear();
        next = -1;
    }
}
