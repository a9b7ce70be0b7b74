package com.example.portal.search.analysis;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Runs after Snowball and reduces a Russian stem to the root its verb, noun and participle share: Snowball leaves
 * «продлить» as «продл» but «продление» as «продлен», «настраивает» as «настраива» and «настройка» as «настройк». The
 * derivational suffixes Snowball keeps (-ени-, -ова-/-ива-/-ыва-, -ац-, -к-, participle -ен-/-ан-/-ыт) are cut, then a
 * final vowel, then the consonant alternations of Russian verb stems (подтверждать/подтвердить, приглашение/
 * пригласить, оплачивать/оплатить) are undone. Matches through roots are weighed below exact ones by the query;
 * roots shorter than four letters are not cut further, so short words stay apart.
 */
final class RootFilter extends TokenFilter {

    private static final int MIN_ROOT = 4;
    /** Longest first: the first that leaves a long enough root is cut, then the next round starts. */
    private static final List<String> SUFFIXES = List.of("ировани", "ирован", "ирова", "овани", "ован", "ова", "евани",
            "еван", "ева", "ивани", "иван", "ива", "ывани", "ыван", "ыва", "ени", "ен", "ани", "ан", "ац", "ыт", "к");
    private static final String VOWELS = "аеиоуыэюяй";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    RootFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword() && TransliterationKey.Script.of(term) == TransliterationKey.Script.CYRILLIC) {
            String root = root(term.toString());
            term.setEmpty().append(root);
        }
        return true;
    }

    static String root(String stem) {
        String root = stem;
        for (int round = 0; round < 2; round++) {
            String cut = cutSuffix(root);
            if (cut == null) {
                break;
            }
            root = cut;
        }
        while (root.length() > MIN_ROOT && VOWELS.indexOf(root.charAt(root.length() - 1)) >= 0) {
            root = root.substring(0, root.length() - 1);
        }
        return alternation(root);
    }

    /** Cuts a suffix from the word as it is, or else from the word without its final vowels; null when none fits. */
    private static String cutSuffix(String word) {
        String cut = cutSuffixOnly(word);
        if (cut != null) {
            return cut;
        }
        String bare = word;
        while (bare.length() > MIN_ROOT && VOWELS.indexOf(bare.charAt(bare.length() - 1)) >= 0) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return bare.equals(word) ? null : cutSuffixOnly(bare);
    }

    private static String cutSuffixOnly(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_ROOT) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return null;
    }

    /** The consonant a verb stem alternates with, back to the one of its infinitive. */
    private static String alternation(String root) {
        if (root.length() <= MIN_ROOT) {
            return root;
        }
        if (root.endsWith("жд")) {
            return root.substring(0, root.length() - 2) + "д";
        }
        if (root.endsWith("щ")) {
            return root.substring(0, root.length() - 1) + "ст";
        }
        char last = root.charAt(root.length() - 1);
        String replaced = switch (last) {
            case 'ш' -> "с";
            case 'ч' -> "т";
            case 'ж' -> "з";
            default -> null;
        };
        return replaced == null ? root : root.substring(0, root.length() - 1) + replaced;
    }
}
