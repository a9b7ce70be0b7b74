package com.example.portal.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
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
 * each. What the filters after the words (stemming, roots, transliteration) make of a word depends on the word alone:
 * a thread that writes many documents keeps it per word ({@link WordTerms}). The writer passes each field's stream back
 * for its next text, so the filters are made once per field. Reading the words three times, stemming and
 * transliterating every occurrence and making the filters for every text were most of the CPU of writing a document.
 */
public final class IndexedText {

    /** How a field takes the text's words; the index of a word's slot in {@link WordTerms}. */
    enum Way {
        WORDS, ROOTS, TRANSLITERATION
    }

    private final String text;
    private final PortalAnalyzers.Stemming stemming;
    private IndexWords words;
    /** Per word, the slots of the thread's {@link WordTerms}; null when the thread keeps none. */
    private String[][][] slots;

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
            WordTerms kept = WordTerms.attached();
            slots = kept == null ? null : kept.slots(words, stemming);
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
            tokens.use(words(), slots);
            return tokens;
        }
    }

    /**
     * One way's tokens of one text after another. A word's terms (none, one, or several at its position) come from
     * the way's filters run on the word alone, the first time the thread sees it when it keeps words; a dropped word's
     * position passes to the next word given, as the filters do.
     */
    private static final class Tokens extends TokenStream {
        private final Way way;
        private final PortalAnalyzers.Stemming stemming;
        private final IndexWords.Replay alone = new IndexWords.Replay();
        private final TokenStream filters;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private IndexWords words;
        private String[][][] slots;
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

        void use(IndexWords words, String[][][] slots) {
            this.words = words;
            this.slots = slots;
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
            if (slots == null) {
                return filtered(IndexWords.single(chars, start, length));
            }
            String[] known = slots[word][way.ordinal()];
            if (known == null) {
                known = filtered(IndexWords.single(chars, start, length));
                slots[word][way.ordinal()] = known;
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
