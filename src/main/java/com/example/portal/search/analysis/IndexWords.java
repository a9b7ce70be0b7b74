package com.example.portal.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of one indexed text as the index chain reads them before stemming, kept to be given to each of the text's
 * three fields ({@link PortalAnalyzers#indexed}). Only what that chain sets is kept (term, position increment,
 * offsets), in flat arrays: capturing each token's whole attribute state, as the search's {@code ReplayedTokens} does
 * for a query's few words, cost more than reading the words again.
 */
final class IndexWords {

    private char[] chars = new char[256];
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int[] positions = new int[32];
    private int[] offsets = new int[64];
    private int size;
    private int length;
    private int finalOffset;
    private int finalPosition;

    private IndexWords() {
    }

    static IndexWords of(Analyzer analyzer, String field, String text) {
        IndexWords words = new IndexWords();
        try (TokenStream source = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = source.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = source.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = source.addAttribute(OffsetAttribute.class);
            source.reset();
            while (source.incrementToken()) {
                words.add(term, position.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            source.end();
            words.finalOffset = offset.endOffset();
            words.finalPosition = position.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** One word alone, at the first position: what the filters after the words make of it. */
    static IndexWords single(char[] buffer, int offset, int length) {
        IndexWords words = new IndexWords();
        words.addChars(buffer, offset, length, 1, 0, length);
        words.finalOffset = length;
        return words;
    }

    int size() {
        return size;
    }

    char[] chars() {
        return chars;
    }

    int start(int word) {
        return starts[word];
    }

    int length(int word) {
        return ends[word] - starts[word];
    }

    int positionIncrement(int word) {
        return positions[word];
    }

    int startOffset(int word) {
        return offsets[2 * word];
    }

    int endOffset(int word) {
        return offsets[2 * word + 1];
    }

    int finalOffset() {
        return finalOffset;
    }

    int finalPositionIncrement() {
        return finalPosition;
    }

    private void add(CharTermAttribute term, int position, int start, int end) {
        addChars(term.buffer(), 0, term.length(), position, start, end);
    }

    private void addChars(char[] buffer, int offset, int termLength, int position, int start, int end) {
        if (size == positions.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            positions = Arrays.copyOf(positions, size * 2);
            offsets = Arrays.copyOf(offsets, size * 4);
        }
        if (length + termLength > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + termLength));
        }
        System.arraycopy(buffer, offset, chars, length, termLength);
        starts[size] = length;
        length += termLength;
        ends[size] = length;
        positions[size] = position;
        offsets[2 * size] = start;
        offsets[2 * size + 1] = end;
        size++;
    }

    /** A stream over the words of one text after another: {@link #use} sets them before the stream is reset. */
    static final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private IndexWords words;
        private int next;

        void use(IndexWords words) {
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            if (next == words.size) {
                return false;
            }
            // As a tokenizer does: attributes a filter on this stream added (a keyword flag) start each token unset.
            clearAttributes();
            term.copyBuffer(words.chars, words.starts[next], words.ends[next] - words.starts[next]);
            position.setPositionIncrement(words.positions[next]);
            offset.setOffset(words.offsets[2 * next], words.offsets[2 * next + 1]);
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(words.finalOffset, words.finalOffset);
            position.setPositionIncrement(words.finalPosition);
        }
    }
}
