package com.example.portal.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Replaces each word by its {@link TransliterationKey}, tagged with the alphabet it is looked for in, so a word only
 * ever matches words of the other alphabet («хабспот» finds «HubSpot», never a Russian word that happens to share its
 * consonants). Russian words are stemmed first, so case endings do not change the key; English ones are not, as
 * English stemming cuts what Russian spelling keeps («retargeting» is «ретаргетинг», not «ретаргет»).
 *
 * <p>In the index a word is tagged with its own alphabet, and a word without a key is dropped. In a query a word is
 * tagged with the other alphabet; a word without a key is kept as it is (it matches nothing here, but keeps the query's
 * positions in step with the other fields), and each word is also joined with the one before, so a name split
 * differently («сейлз форс») finds the whole («Salesforce»).
 */
final class TransliterationFilter extends TokenFilter {

    private final boolean query;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final RussianStemmer russian = new RussianStemmer();
    private String previousKey;
    private TransliterationKey.Script previousScript;
    private String joined;
    private State current;

    TransliterationFilter(TokenStream input, boolean query) {
        super(input);
        this.query = query;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (joined != null) {
            restoreState(current);
            term.setEmpty().append(joined);
            position.setPositionIncrement(0);
            joined = null;
            return true;
        }
        int skipped = 0;
        while (input.incrementToken()) {
            TransliterationKey.Script script = TransliterationKey.Script.of(term);
            String key = TransliterationKey.of(script == TransliterationKey.Script.CYRILLIC ? stem(term) : term);
            if (query) {
                if (key != null) {
                    String tagged = tag(script, true) + key;
                    if (previousKey != null && previousScript == script) {
                        joined = tag(script, true) + previousKey + key;
                    }
                    term.setEmpty().append(tagged);
                }
                previousKey = key;
                previousScript = script;
                if (joined != null) {
                    current = captureState();
                }
                return true;
            }
            if (key != null) {
                term.setEmpty().append(tag(script, false)).append(key);
                position.setPositionIncrement(position.getPositionIncrement() + skipped);
                return true;
            }
            skipped += position.getPositionIncrement();
        }
        return false;
    }

    /** «c» marks Cyrillic words and «l» Latin ones; a query looks for the other alphabet. */
    private static String tag(TransliterationKey.Script script, boolean other) {
        boolean cyrillic = script == TransliterationKey.Script.CYRILLIC;
        return cyrillic != other ? "c" : "l";
    }

    private String stem(CharSequence word) {
        russian.setCurrent(word.toString());
        russian.stem();
        return russian.getCurrent();
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousKey = null;
        previousScript = null;
        joined = null;
        current = null;
    }
}
