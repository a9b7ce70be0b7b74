package com.example.portal.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * Dictionary lemmatisation of Russian words with morfologik and LanguageTool's Russian dictionary: a word form
 * becomes its lemmas (several, stacked at one position, when the form is ambiguous) and is marked as a keyword so the
 * Snowball step after it leaves it alone. Words the dictionary does not know (jargon, transliterations, compounds)
 * pass through to Snowball. Measured against Snowball alone by SearchRelevanceQuarkusTest.
 */
public final class RussianLemmaFilter extends TokenFilter {

    /** Snowball for what the dictionary does not know, and for Latin words; the dictionary for the rest. */
    public static final PortalAnalyzers.Stemming MORFOLOGIK = words -> new ScriptStemFilter(new RussianLemmaFilter(words));

    private static final Dictionary DICTIONARY = load();

    private final DictionaryLookup lookup = new DictionaryLookup(DICTIONARY);
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> stacked = new ArrayDeque<>();
    private State current;

    RussianLemmaFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!stacked.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(stacked.poll());
            position.setPositionIncrement(0);
            keyword.setKeyword(true);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || !ScriptStemFilter.isCyrillic(term)) {
            return true;
        }
        Set<String> lemmas = new LinkedHashSet<>();
        for (WordData data : lookup.lookup(term)) {
            if (data.getStem() != null && data.getStem().length() > 0) {
                lemmas.add(data.getStem().toString().toLowerCase(Locale.ROOT).replace('ё', 'е'));
            }
        }
        if (lemmas.isEmpty()) {
            return true;
        }
        var it = lemmas.iterator();
        term.setEmpty().append(it.next());
        keyword.setKeyword(true);
        it.forEachRemaining(stacked::add);
        current = captureState();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stacked.clear();
        current = null;
    }

    private static Dictionary load() {
        URL dict = RussianLemmaFilter.class.getResource("/org/languagetool/resource/ru/russian.dict");
        if (dict == null) {
            throw new IllegalStateException("LanguageTool's russian.dict is not on the classpath");
        }
        try {
            return Dictionary.read(dict);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
