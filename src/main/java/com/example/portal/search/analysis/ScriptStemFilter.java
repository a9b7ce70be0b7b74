package com.example.portal.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/** Stems Cyrillic words with the Russian Snowball stemmer and Latin ones with the English one: cards mix both. */
public final class ScriptStemFilter extends TokenFilter {

    /** Stems by word; the stemmers themselves keep state, so each miss takes fresh ones. */
    private static final WordMemo<String> STEMS = new WordMemo<>(50_000, ScriptStemFilter::stem);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    public ScriptStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || term.length() < 3) {
            return true;
        }
        String stem = STEMS.get(term.toString());
        term.setEmpty().append(stem);
        return true;
    }

    private static String stem(String word) {
        SnowballStemmer stemmer = isCyrillic(word) ? new RussianStemmer() : isLatin(word) ? new EnglishStemmer() : null;
        if (stemmer == null) {
            return word;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    public static boolean isCyrillic(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isCyrillic(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** In Unicode's Cyrillic block (U+0400 to U+04FF); a range check, not a lookup of the block, on every character. */
    static boolean isCyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    private static boolean isLatin(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }
}
