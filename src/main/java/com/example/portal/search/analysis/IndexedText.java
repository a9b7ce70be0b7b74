package com.example.portal.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

/**
 * One text as the index holds it: in its own field, as {@link PortalAnalyzers#ROOTS} and as
 * {@link PortalAnalyzers#TRANSLITERATION} (a client's situation: as roots in {@link PortalAnalyzers#SITUATIONS}), with
 * the tokens {@link PortalAnalyzers#index(PortalAnalyzers.Stemming)} gives in those fields. Its words (split, lower case,
 * compounds, numbers, stop words) are read once, when the index writer asks for the first of its fields, and given to
 * each. What the filters after the words (stemming, roots, transliteration) make of a word depends on the word alone,
 * so each field's stream keeps it per word: a corpus says a few thousand words millions of times. The writer passes
 * each field's stream back for its next text, so that memory lasts as long as the writer's buffer for the field.
 * Reading the words three times, stemming and transliterating every occurrence and making the filters for every text
 * were most of the CPU of writing a document.
 */
public final class IndexedText {

    /** A stream's words kept at most; it starts over when full (one recomputation per word, no bookkeeping per read). */
    private static final int KEPT_WORDS = 10_000;

    private enum Way {
        WORDS, ROOTS, TRANSLITERATION
    }

    private final String text;
    private final PortalAnalyzers.Stemming stemming;
    private IndexWords words;

    IndexedText(String text, PortalAnalyzers.Stemming stemming) {
        this.text = text;
        this.stemming = stemming;
    }

    /** The text's tokens in its own field (stemmed); store the text beside it in a stored field. */
    public Field words(String name, IndexableFieldType type) {
        return new Part(name, type, Way.WORDS);
    }

    /** The text's roots, in {@link PortalAnalyzers#ROOTS}, or {@link PortalAnalyzers#SITUATIONS} for a situation. */
    public Field roots(String name, IndexableFieldType type) {
        return new Part(name, type, Way.ROOTS);
    }

    /** The text's transliteration keys, in {@link PortalAnalyzers#TRANSLITERATION}. */
    public Field transliteration(IndexableFieldType type) {
        return new Part(PortalAnalyzers.TRANSLITERATION, type, Way.TRANSLITERATION);
    }

    private IndexWords words() {
        if (words == null) {
            words = IndexWords.of(PortalAnalyzers.INDEX_WORDS, "words", text);
        }
        return words;
    }

    /** A field of the text, whose tokens are made when the writer asks for them. */
    private final class Part extends Field {
        private final Way way;

        Part(String name, IndexableFieldType type, Way way) {
            super(name, type);
            this.way = way;
        }

        /** The writer passes the stream it used last for this field name: one of the same way and stemming is reused. */
        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            Tokens tokens = reuse instanceof Tokens t && t.way == way && t.stemming == stemming ? t : new Tokens(way, stemming);
            tokens.use(words());
            return tokens;
        }
    }

    /**
     * One way's tokens of one text after another. A word's terms (none, one, or several at its position) come from
     * the way's filters run on the word alone, the first time it is seen; a dropped word's position passes to the next
     * word given, as the filters do.
     */
    private static final class Tokens extends TokenStream {
        private final Way way;
        private final PortalAnalyzers.Stemming stemming;
        private final CharArrayMap<String[]> terms = new CharArrayMap<>(1024, false);
        private final IndexWords.Replay alone = new IndexWords.Replay();
        private final TokenStream filters;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private IndexWords words;
        private int next;
        private String[] given;
        private int givenNext;

        Tokens(Way way, PortalAnalyzers.Stemming stemming) {
            this.way = way;
            this.stemming = stemming;
            this.filters = switch (way) {
                case WORDS -> stemming.apply(alone);
                case ROOTS -> new RootFilter(stemming.apply(alone));
                case TRANSLITERATION -> new TransliterationFilter(alone, false);
            };
        }

        void use(IndexWords words) {
            this.words = words;
        }

        @Override
        public boolean incrementToken() {
            if (given != null && givenNext < given.length) {
                term.setEmpty().append(given[givenNext++]);
                position.setPositionIncrement(0);
                return true;
            }
            int skipped = 0;
            while (next < words.size()) {
                int word = next++;
                String[] wordTerms = termsOf(word);
                if (wordTerms.length == 0) {
                    skipped += words.positionIncrement(word);
                    continue;
                }
                clearAttributes();
                term.setEmpty().append(wordTerms[0]);
                position.setPositionIncrement(words.positionIncrement(word) + skipped);
                offset.setOffset(words.startOffset(word), words.endOffset(word));
                given = wordTerms;
                givenNext = 1;
                return true;
            }
            return false;
        }

        private String[] termsOf(int word) {
            char[] chars = words.chars();
            int start = words.start(word);
            int length = words.length(word);
            String[] known = terms.get(chars, start, length);
            if (known == null) {
                known = filtered(IndexWords.single(chars, start, length));
                if (terms.size() >= KEPT_WORDS) {
                    terms.clear();
                }
                terms.put(new String(chars, start, length), known);
            }
            return known;
        }

        /** What the way's filters give for a word alone. */
        private String[] filtered(IndexWords word) {
            alone.use(word);
            List<String> out = new ArrayList<>(2);
            try {
                CharTermAttribute filtered = filters.getAttribute(CharTermAttribute.class);
                filters.reset();
                while (filters.incrementToken()) {
                    out.add(filtered.toString());
                }
                filters.end();
                filters.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toArray(String[]::new);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
            given = null;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(words.finalOffset(), words.finalOffset());
            position.setPositionIncrement(words.finalPositionIncrement());
        }
    }
}
