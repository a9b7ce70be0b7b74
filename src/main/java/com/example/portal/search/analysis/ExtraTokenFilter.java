package com.example.portal.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A filter that gives more tokens than it reads: a subclass reads a token in {@link #readToken}, leaves the token to
 * give now in the attributes, and queues what is to follow it before the next read: {@linkplain #stack terms stacked}
 * on a token (its position and attributes, another text) and {@linkplain #queue whole tokens} it captured. This is
 * Lucene's captureState/restoreState idiom, kept in one place. Lucene's own base for it, {@code
 * CompoundWordTokenFilterBase}, stacks only substrings of the word and gives them the substrings' offsets, which would
 * change the tokens these filters give.
 */
abstract class ExtraTokenFilter extends TokenFilter {

    protected final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    protected final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    /** What to give before reading on: a {@link State} is a whole token, a String a term stacked on the token before. */
    private final Deque<Object> queued = new ArrayDeque<>();
    /** The token the queued terms are stacked on: the whole token given last. */
    private State stackedOn;

    ExtraTokenFilter(TokenStream input) {
        super(input);
    }

    @Override
    public final boolean incrementToken() throws IOException {
        if (queued.isEmpty()) {
            return readToken();
        }
        Object next = queued.poll();
        if (next instanceof State token) {
            restoreState(token);
            stackedOn = token;
        } else {
            restoreState(stackedOn);
            term.setEmpty().append((String) next);
            position.setPositionIncrement(0);
        }
        return true;
    }

    /**
     * Called when nothing is queued: reads on and leaves the token to give now in the attributes, queueing any that
     * follow it; false at the end of the input.
     */
    protected abstract boolean readToken() throws IOException;

    /**
     * Gives the text after the token queued last, at its position; with nothing queued, after the token in the
     * attributes, as they are now.
     */
    protected final void stack(String text) {
        if (queued.isEmpty()) {
            stackedOn = captureState();
        }
        queued.add(text);
    }

    /** Gives a captured token after those queued before it. */
    protected final void queue(State token) {
        queued.add(token);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        queued.clear();
        stackedOn = null;
    }
}
