package com.example.portal.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The text analysis shared by indexing and querying: words (letters and digits, hyphens kept inside words),
 * ё read as е, lower case, hyphenated compounds, words glued to numbers, numbers in words, Russian and English stop
 * words, Russian or English stemming. Queries also expand glossary synonyms («рефералка» → «реферальная программа»),
 * an alias counting less than the term. Two fields hold every text a second and third way, matched below exact words:
 * {@link #ROOTS} by the root verbs and nouns share, {@link #TRANSLITERATION} by the sound of a word across alphabets.
 */
public final class PortalAnalyzers {

    /** The field of roots ({@link RootFilter}): «продлить» finds «продление». */
    public static final String ROOTS = "roots";
    /** The field of transliteration keys ({@link TransliterationFilter}): «хабспот» finds «HubSpot». */
    public static final String TRANSLITERATION = "translit";
    /**
     * The field of a client's situations, one statement per value, as roots: values are {@value #SITUATION_GAP}
     * positions apart, so words near each other are words of one statement.
     */
    public static final String SITUATIONS = "situations";
    public static final int SITUATION_GAP = 100;

    private static final CharArraySet STOP_WORDS = stopWords();
    /** The index chain before stemming: what its three ways of holding a text share ({@link #indexed}). */
    static final Analyzer INDEX_WORDS = new Chain(true, null, words -> words, null);
    /** How reps frame a question, not what it is about: dropped from queries that name a subject too. */
    private static final List<String> INTENT_WORDS = List.of("кому", "предложить", "предлагать", "посоветовать", "клиент",
            "клиенты", "клиента", "клиенту", "клиентов", "клиентам", "боится", "боятся", "опасается", "хочет", "хотят", "просит");

    /** The step that reduces a lower-case word to the form both index and queries use. */
    @FunctionalInterface
    public interface Stemming {
        TokenStream apply(TokenStream words);
    }

    /** Snowball: Russian for Cyrillic words, English for Latin ones (measured against morfologik in README). */
    public static final Stemming SNOWBALL = ScriptStemFilter::new;

    private PortalAnalyzers() {
    }

    /** For indexing: compounds as their parts plus the joined word; roots and transliteration keys in their fields. */
    public static Analyzer index() {
        return index(SNOWBALL);
    }

    public static Analyzer index(Stemming stemming) {
        return new PerFieldAnalyzerWrapper(new Chain(true, null, stemming, null), Map.of(
                ROOTS, new Chain(true, null, roots(stemming), null),
                SITUATIONS, new Chain(true, null, roots(stemming), null, SITUATION_GAP),
                TRANSLITERATION, new Chain(true, null, words -> new TransliterationFilter(words, false), null)));
    }

    /** One text for the index's three ways of holding it, its words read once for the three ({@link IndexedText}). */
    public static IndexedText indexed(String text, Stemming stemming) {
        return new IndexedText(text, stemming);
    }

    /**
     * For queries: compounds as the joined word, intent words dropped, then the glossary's synonyms (groups of a term
     * followed by its aliases; none for the plain words typo matching looks at).
     */
    public static Analyzer query(List<List<String>> synonymGroups) {
        return query(synonymGroups, SNOWBALL);
    }

    public static Analyzer query(List<List<String>> synonymGroups, Stemming stemming) {
        return new PerFieldAnalyzerWrapper(withSynonyms(synonymGroups, stemming), Map.of(
                ROOTS, withSynonyms(synonymGroups, roots(stemming)),
                SITUATIONS, new Chain(false, null, roots(stemming), null),
                TRANSLITERATION, new Chain(false, null, words -> new TransliterationFilter(words, true), null)));
    }

    private static Analyzer withSynonyms(List<List<String>> groups, Stemming stemming) {
        if (groups.isEmpty()) {
            return new Chain(false, null, stemming, null);
        }
        return new Chain(false, synonyms(groups, stemming), stemming, termWords(groups, stemming));
    }

    private static Stemming roots(Stemming stemming) {
        return words -> new RootFilter(stemming.apply(words));
    }

    /** For autocomplete: whole words, lower case, ё read as е, nothing stemmed. */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
                return new TokenStreamComponents(words, new LowerCaseYoFilter(words));
            }
        };
    }

    /** A synonym map from groups of equivalent words or phrases, analyzed like queries. */
    static SynonymMap synonyms(List<List<String>> groups, Stemming stemming) {
        try (Analyzer plain = new Chain(false, null, stemming, null)) {
            SynonymMap.Builder builder = new SynonymMap.Builder(true);
            for (List<String> group : groups) {
                List<CharsRef> forms = group.stream().map(text -> analyze(plain, text)).filter(f -> f != null).distinct().toList();
                for (CharsRef from : forms) {
                    for (CharsRef to : forms) {
                        if (!from.equals(to)) {
                            builder.add(from, to, true);
                        }
                    }
                }
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of the glossary terms' own names (the first of each group), as the chain gives them. */
    private static CharArraySet termWords(List<List<String>> groups, Stemming stemming) {
        CharArraySet words = new CharArraySet(groups.size() * 2, false);
        try (Analyzer plain = new Chain(false, null, stemming, null)) {
            for (List<String> group : groups) {
                if (!group.isEmpty()) {
                    try (TokenStream stream = plain.tokenStream("terms", group.get(0))) {
                        addTerms(stream, words);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private static CharsRef analyze(Analyzer analyzer, String text) {
        SynonymMap.Parser parser = new SynonymMap.Parser(true, analyzer) {
            @Override
            public void parse(Reader in) {
                throw new UnsupportedOperationException("only analyze() is used");
            }
        };
        try {
            CharsRef analyzed = parser.analyze(text, new CharsRefBuilder());
            return analyzed.length == 0 ? null : analyzed;
        } catch (IOException | IllegalArgumentException e) {
            return null; // a phrase made only of stop words, or one the chain splits oddly: no synonym for it
        }
    }

    private static final class Chain extends Analyzer {
        private final boolean emitParts;
        private final SynonymMap synonyms;
        private final Stemming stemming;
        private final CharArraySet intentStems;
        private final CharArraySet termWords;
        private final int valueGap;

        Chain(boolean emitParts, SynonymMap synonyms, Stemming stemming, CharArraySet termWords) {
            this(emitParts, synonyms, stemming, termWords, 0);
        }

        Chain(boolean emitParts, SynonymMap synonyms, Stemming stemming, CharArraySet termWords, int valueGap) {
            this.valueGap = valueGap;
            this.emitParts = emitParts;
            this.synonyms = synonyms;
            this.stemming = stemming;
            this.intentStems = emitParts ? null : stems(INTENT_WORDS, stemming);
            this.termWords = termWords;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = CharTokenizer.fromTokenCharPredicate(c -> Character.isLetterOrDigit(c) || c == '-');
            TokenStream stream = new LowerCaseYoFilter(words);
            stream = new CompoundWordFilter(stream, emitParts);
            stream = new LetterDigitFilter(stream);
            stream = new NumberWordFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = stemming.apply(stream);
            if (!emitParts) {
                stream = new IntentWordFilter(stream, intentStems);
            }
            if (synonyms != null && synonyms.fst != null) {
                stream = new SynonymGraphFilter(stream, synonyms, true);
                if (termWords != null) {
                    stream = new AliasWeightFilter(stream, termWords);
                }
            }
            return new TokenStreamComponents(words, stream);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return valueGap;
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }

    /** Every form the stemming gives the words (a dictionary may give a word several). */
    private static CharArraySet stems(List<String> words, Stemming stemming) {
        CharArraySet stems = new CharArraySet(words.size(), false);
        for (String word : words) {
            Tokenizer whole = new KeywordTokenizer();
            whole.setReader(new StringReader(word));
            try (TokenStream stream = stemming.apply(whole)) {
                addTerms(stream, stems);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return CharArraySet.unmodifiableSet(stems);
    }

    /** Consumes the stream, adding each term it gives to the set. */
    private static void addTerms(TokenStream stream, CharArraySet terms) throws IOException {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            terms.add(term.toString());
        }
        stream.end();
    }

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(RussianAnalyzer.getDefaultStopSet(), true);
        words.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return CharArraySet.unmodifiableSet(words);
    }
}
