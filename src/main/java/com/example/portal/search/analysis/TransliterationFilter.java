package com.example.portal.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
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
 * differently («сейлз форс») finds the whole («Salesforce»). A word may have two keys (see {@link #keys}), both at its
 * position; joined, each of the word before is joined with each of this one.
 */
final class TransliterationFilter extends ExtraTokenFilter {

    private final boolean query;
    private final RussianStemmer russian = new RussianStemmer();
    /** The keys of the word before (in a query), to join with the next word's. */
    private List<String> previousKeys = List.of();
    private TransliterationKey.Script previousScript;

    TransliterationFilter(TokenStream input, boolean query) {
        super(input);
        this.query = query;
    }

    @Override
    protected boolean readToken() throws IOException {
        int skipped = 0;
        while (input.incrementToken()) {
            TransliterationKey.Script script = TransliterationKey.Script.of(term);
            List<String> keys = keys(script, term.toString());
            if (query) {
                String tag = tag(script, true);
                Set<String> tagged = new LinkedHashSet<>();
                keys.forEach(key -> tagged.add(tag + key));
                if (previousScript == script) {
                    for (String before : previousKeys) {
                        keys.forEach(key -> tagged.add(tag + before + key));
                    }
                }
                previousKeys = keys;
                previousScript = script;
                if (!tagged.isEmpty()) {
                    giveKeys(tagged);
                }
                return true;
            }
            if (!keys.isEmpty()) {
                position.setPositionIncrement(position.getPositionIncrement() + skipped);
                giveKeys(keys.stream().map(key -> tag(script, false) + key).toList());
                return true;
            }
            skipped += position.getPositionIncrement();
        }
        return false;
    }

    /** The word becomes its first key, the others stacked on it. */
    private void giveKeys(Collection<String> keys) {
        Iterator<String> key = keys.iterator();
        term.setEmpty().append(key.next());
        key.forEachRemaining(this::stack);
    }

    /**
     * A word's keys, the first the one it is matched by most often. A Russian word's key is taken from its stem, so case
     * endings do not change it, and from the word as written, as the stemmer cuts a loanword's consonant where Russian
     * has an ending of that shape («телеграм» is stemmed to «телегр»). An English word's key is taken as written and
     * without a plural -s, which a loanword drops in Russian («notifications» is «нотификейшн»).
     */
    private List<String> keys(TransliterationKey.Script script, String word) {
        Set<String> keys = new LinkedHashSet<>();
        if (script == TransliterationKey.Script.CYRILLIC) {
            keys.add(TransliterationKey.of(stem(word)));
            keys.add(TransliterationKey.of(word));
        } else {
            keys.add(TransliterationKey.of(word));
            if (script == TransliterationKey.Script.LATIN && word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")) {
                keys.add(TransliterationKey.of(word.substring(0, word.length() - 1)));
            }
        }
        keys.remove(null);
        return new ArrayList<>(keys);
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
        previousKeys = List.of();
        previousScript = null;
    }
}
