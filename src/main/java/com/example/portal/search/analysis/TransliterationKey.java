package com.example.portal.search.analysis;

import java.util.Map;

/**
 * The consonant skeleton of a word, the same for a loanword in either alphabet: «хабспот» and «HubSpot» are both
 * «hbspt», «дашборд» and «dashboard» «dshbrd», «ретаргетинг» and «retargeting» «rtrgtng». Vowels are dropped (they
 * are what transliteration gets wrong), Cyrillic consonants are written as in the standard Russian-to-Latin table
 * (ГОСТ 7.79 B without its vowels), English spellings are reduced to their sound (c before e, i, y is s, x is ks, ph
 * is f, -tion is shn, w before a vowel is v), and z is read as s («сейлз» for «sales»).
 */
public final class TransliterationKey {

    /** Shorter skeletons match too many unrelated words to be worth it. */
    static final int MIN_LENGTH = 3;

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(Map.entry('б', "b"), Map.entry('в', "v"),
            Map.entry('г', "g"), Map.entry('д', "d"), Map.entry('ж', "zh"), Map.entry('з', "s"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('п', "p"), Map.entry('р', "r"),
            Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('ф', "f"), Map.entry('х', "h"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "sh"));

    private TransliterationKey() {
    }

    /** The skeleton of a lower-case word written in one alphabet, or null when it has none worth matching. */
    public static String of(CharSequence word) {
        Script script = Script.of(word);
        String key = script == Script.CYRILLIC ? cyrillic(word) : script == Script.LATIN ? latin(word.toString()) : null;
        return key == null || key.length() < MIN_LENGTH ? null : key;
    }

    /** Which alphabet a word is in: only letters of one alphabet count; digits or a mix mean neither. */
    public enum Script {
        CYRILLIC, LATIN, NONE;

        public static Script of(CharSequence word) {
            boolean cyrillic = false;
            boolean latin = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    latin = true;
                } else if (ScriptStemFilter.isCyrillic(c) && Character.isLetter(c)) {
                    cyrillic = true;
                } else {
                    return NONE;
                }
            }
            return cyrillic == latin ? NONE : cyrillic ? CYRILLIC : LATIN;
        }
    }

    private static String cyrillic(CharSequence word) {
        Skeleton out = new Skeleton();
        for (int i = 0; i < word.length(); i++) {
            out.add(CYRILLIC.get(word.charAt(i)));
        }
        return out.toString();
    }

    private static String latin(String word) {
        Skeleton out = new Skeleton();
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            char next = i + 1 < word.length() ? word.charAt(i + 1) : 0;
            if (word.startsWith("tion", i) || word.startsWith("sion", i)) {
                out.add("sh");
                out.add("n");
                i += 4;
                continue;
            }
            String two = word.substring(i, Math.min(i + 2, word.length()));
            String digraph = switch (two) {
                case "sh", "ch", "zh" -> two;
                case "kh" -> "h";
                case "ph" -> "f";
                case "th" -> "t";
                case "ck" -> "k";
                case "qu" -> "kv";
                case "wh" -> vowel(i + 2 < word.length() ? word.charAt(i + 2) : 0) ? "v" : "";
                default -> null;
            };
            if (digraph != null) {
                out.add(digraph.isEmpty() ? null : digraph);
                i += 2;
                continue;
            }
            out.add(switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y' -> null;
                case 'c' -> next == 'e' || next == 'i' || next == 'y' ? "s" : "k";
                case 'j' -> "dzh";
                case 'q' -> "k";
                case 'x' -> "ks";
                case 'w' -> vowel(next) ? "v" : null;
                case 'z' -> "s";
                default -> String.valueOf(c);
            });
            i++;
        }
        return out.toString();
    }

    private static boolean vowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Consonants in order; a doubled consonant («ss», «лл») counts once, the same one either side of a vowel twice. */
    private static final class Skeleton {
        private final StringBuilder text = new StringBuilder();
        private String last;

        void add(String consonant) {
            if (consonant != null && !consonant.equals(last)) {
                text.append(consonant);
            }
            last = consonant;
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
