package com.example.portal.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;

/**
 * One text as the index holds it three ways: in its own field, as {@link PortalAnalyzers#ROOTS} and as
 * {@link PortalAnalyzers#TRANSLITERATION}, with the tokens {@link PortalAnalyzers#index(PortalAnalyzers.Stemming)} gives
 * in those fields. Its words (split, lower case, compounds, numbers, stop words) are read once, when the index writer
 * asks for the first of the three, and given to each; the filters after them are made once per writing thread and
 * field and reused, as an analyzer's are. Reading the words three times and making the filters for every text were
 * two thirds of the CPU of writing a document.
 */
public final class IndexedText {

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

    /** The text's roots, in {@link PortalAnalyzers#ROOTS}. */
    public Field roots(IndexableFieldType type) {
        return new Part(PortalAnalyzers.ROOTS, type, Way.ROOTS);
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

        /** The writer passes the stream it used last for this field name: the same way of the same stemming is reused. */
        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            Chain chain = reuse instanceof Chain c && c.way == way && c.stemming == stemming ? c : new Chain(way, stemming);
            chain.words.use(words());
            return chain;
        }
    }

    /** The filters of one way over a replay of words; the replay's words are set before each use. */
    private static final class Chain extends TokenFilter {
        private final Way way;
        private final PortalAnalyzers.Stemming stemming;
        private final IndexWords.Replay words;

        private Chain(Way way, PortalAnalyzers.Stemming stemming, IndexWords.Replay words) {
            super(switch (way) {
                case WORDS -> stemming.apply(words);
                case ROOTS -> new RootFilter(stemming.apply(words));
                case TRANSLITERATION -> new TransliterationFilter(words, false);
            });
            this.way = way;
            this.stemming = stemming;
            this.words = words;
        }

        Chain(Way way, PortalAnalyzers.Stemming stemming) {
            this(way, stemming, new IndexWords.Replay());
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            return input.incrementToken();
        }
    }
}
