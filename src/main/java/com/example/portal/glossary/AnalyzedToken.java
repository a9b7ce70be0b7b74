package com.example.portal.glossary;

import java.util.Locale;

/**
 * A word of a text: its stem, its surface form (lower-case, ё as е) and where it stands, in UTF-16 indexes into
 * the text as Java and JavaScript count them. A link is a URL or an e-mail address, never a word to match.
 */
record AnalyzedToken(String stem, String surface, int start, int end, boolean link) {

    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** Whether the word has at least two Latin letters, so is written (at least partly) in Latin script. */
    boolean latin() {
        return surface.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).limit(2)
                .count() == 2;
    }
}
