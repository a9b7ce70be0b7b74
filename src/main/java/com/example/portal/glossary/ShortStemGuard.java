package com.example.portal.glossary;

import java.util.Map;
import java.util.Set;

/**
 * Whether two words with the same short Russian stem are really forms of one word. The Snowball stemmer cuts short
 * words down to two to four letters, where unrelated words collide: "черн" (churn) and "чёрный", "рои" (ROI) and
 * "рой". For such stems the text's ending must be a case ending of the same noun declension as the glossary
 * spelling's ending: "лид" matches "лидов", "доля" matches "доли", "черн" does not match "черные".
 */
final class ShortStemGuard {

    /** Stems up to this many letters are checked; longer ones are specific enough. */
    static final int SHORT_STEM = 4;

    private static final Set<String> HARD_MASCULINE = Set.of("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "и");

    /** Case endings by the glossary spelling's ending: masculine consonant, -а, -я, -ь, -о/-е nouns. */
    private static final Map<String, Set<String>> DECLENSIONS = Map.of(
            "", HARD_MASCULINE,
            "а", Set.of("а", "ы", "и", "е", "у", "ой", "ою", "ам", "ами", "ах", ""),
            "я", Set.of("я", "и", "е", "ю", "ей", "ею", "ям", "ями", "ях"),
            "ь", Set.of("ь", "и", "ю", "ью", "ей", "ям", "ями", "ях", "е", "я", "ем"),
            "о", Set.of("о", "а", "у", "ом", "е", "ам", "ами", "ах"),
            "е", Set.of("е", "я", "ю", "ем", "ям", "ями", "ях", "ей"));

    private ShortStemGuard() {
    }

    /** Same word: equal surfaces, or equal stems that are long, Latin, or inflected like one noun. */
    static boolean sameWord(AnalyzedToken glossary, AnalyzedToken text) {
        if (glossary.surface().equals(text.surface())) {
            return true;
        }
        String stem = glossary.stem();
        if (!stem.equals(text.stem())) {
            return false;
        }
        if (stem.length() > SHORT_STEM || !cyrillic(stem)) {
            return true;
        }
        if (!glossary.surface().startsWith(stem) || !text.surface().startsWith(stem)) {
            return false;
        }
        Set<String> endings = DECLENSIONS.get(glossary.surface().substring(stem.length()));
        return endings != null && endings.contains(text.surface().substring(stem.length()));
    }

    private static boolean cyrillic(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
