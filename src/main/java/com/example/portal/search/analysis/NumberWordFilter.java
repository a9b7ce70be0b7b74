package com.example.portal.search.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Numbers written as words match the same numbers in digits: a Russian number word in any case form («двадцать»,
 * «двадцати», «пятнадцать», «тысячи», «десяток») gets its digits stacked at its position, in the index and in queries,
 * so «скидка двадцать процентов» finds «скидку 20%» and «5 шагов» finds «пять шагов». A run of number words that
 * makes one number («сорок пять», «двухсот тридцати», «десять тысяч», «10 тысяч») also gets that number's digits on
 * its last word, and digits grouped by thousands («10 000») get the number whole on the last group, so «сорок пять
 * дней» finds «45 дней» and «десять тысяч рублей» finds «10 000 ₽». The table and the rules are Russian grammar, not
 * a list of queries.
 */
final class NumberWordFilter extends ExtraTokenFilter {

    static final Map<String, String> FORMS = forms();
    private static final CharArraySet FORM_WORDS = CharArraySet.unmodifiableSet(new CharArraySet(FORMS.keySet(), false));
    private static final String THOUSAND = "1000";
    /** Only these word-numbers join a run: «сотня» and «десяток» are nouns («две сотни»), not parts of a numeral. */
    private static final java.util.Set<String> NOUNS = java.util.Set.of("сотня", "сотни", "сотню", "сотней", "сотен",
            "сотням", "сотнями", "десяток", "десятка", "десятку", "десятком", "десятке", "десятки", "десятков", "десяткам",
            "десятками");

    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    /** A token read past the end of a run, to be looked at next. */
    private State lookahead;
    private boolean exhausted;

    NumberWordFilter(TokenStream input) {
        super(input);
    }

    private boolean next() throws IOException {
        if (lookahead != null) {
            restoreState(lookahead);
            lookahead = null;
            return true;
        }
        if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        return true;
    }

    /**
     * Reads one token, or a run of tokens that makes one number: each token is given with the digits of its own word
     * stacked on it, and the run's last token also with the whole number's.
     */
    @Override
    protected boolean readToken() throws IOException {
        if (!next()) {
            return false;
        }
        if (!digitsOrNumberWord()) {
            return true; // nearly every word: looked up in the term's buffer, without making a string of it
        }
        Numeral numeral = new Numeral();
        if (!numeral.add(term.toString(), offset.startOffset(), offset.endOffset(), position.getPositionIncrement())) {
            String digits = FORMS.get(term.toString());
            if (digits != null) {
                stack(digits);
            }
            return true;
        }
        List<State> run = new ArrayList<>();
        List<String> own = new ArrayList<>();
        do {
            run.add(captureState());
            own.add(FORMS.get(term.toString()));
            if (!next()) {
                break;
            }
            if (!numeral.add(term.toString(), offset.startOffset(), offset.endOffset(), position.getPositionIncrement())) {
                lookahead = captureState();
                break;
            }
        } while (true);
        // The run's first token is given now, the rest after it.
        restoreState(run.get(0));
        for (int i = 0; i < run.size(); i++) {
            if (i > 0) {
                queue(run.get(i));
            }
            if (own.get(i) != null) {
                stack(own.get(i));
            }
        }
        String whole = numeral.value();
        if (run.size() > 1 && whole != null && !whole.equals(own.get(own.size() - 1))) {
            stack(whole);
        }
        return true;
    }

    private boolean digitsOrNumberWord() {
        char[] buffer = term.buffer();
        int length = term.length();
        boolean digits = length > 0;
        for (int i = 0; i < length && digits; i++) {
            digits = buffer[i] >= '0' && buffer[i] <= '9';
        }
        return digits || FORM_WORDS.contains(buffer, 0, length);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        lookahead = null;
        exhausted = false;
    }

    /**
     * A numeral being read word by word, in the order Russian writes it: hundreds, tens, units (or 11–19), then
     * «тысяч» and again hundreds, tens, units; or digits, then groups of three digits one space apart («10 000») or
     * «тысяч». A word that cannot come next ends the numeral.
     */
    private static final class Numeral {
        private static final int NONE = 0;
        private static final int UNITS = 1;
        private static final int TENS = 2;
        private static final int HUNDREDS = 3;
        private static final int DIGITS = 4;
        private static final int THOUSANDS = 5;

        private long total;
        private long group;
        private int last = NONE;
        private int lastDigits;
        private int end = -1;
        private boolean thousands;

        /** Takes the word if it continues the numeral. */
        boolean add(String word, int start, int wordEnd, int increment) {
            if (last != NONE && increment != 1) {
                return false;
            }
            boolean taken = take(word, start);
            if (taken) {
                end = wordEnd;
            }
            return taken;
        }

        private boolean take(String word, int start) {
            if (isDigits(word)) {
                if (last == NONE && word.length() <= 15) {
                    group = Long.parseLong(word);
                    last = DIGITS;
                    lastDigits = word.length();
                    return true;
                }
                // «10 000»: a group of three digits right after one or a few digits and a single space.
                if (last == DIGITS && word.length() == 3 && start == end + 1 && lastDigits <= 3 && group < 1_000_000_000L) {
                    group = group * 1000 + Long.parseLong(word);
                    lastDigits = 3;
                    return true;
                }
                return false;
            }
            String digits = FORMS.get(word);
            if (digits == null || NOUNS.contains(word)) {
                return false;
            }
            if (digits.equals(THOUSAND)) {
                if (thousands || last == NONE) {
                    return false;
                }
                total = group * 1000;
                group = 0;
                thousands = true;
                last = THOUSANDS;
                return true;
            }
            long value = Long.parseLong(digits);
            int kind = value >= 100 ? HUNDREDS : value >= 20 && value % 10 == 0 ? TENS : UNITS;
            boolean fits = switch (last) {
                case NONE, THOUSANDS -> true;
                case HUNDREDS -> kind < HUNDREDS;
                case TENS -> kind == UNITS && value < 10;
                default -> false;
            };
            if (!fits || (last == TENS && value == 0)) {
                return false;
            }
            group += value;
            last = kind;
            return true;
        }

        /** The number read, or null when it is nothing but one word. */
        String value() {
            return last == NONE ? null : Long.toString(total + group);
        }

        private static boolean isDigits(String word) {
            if (word.isEmpty()) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    private static Map<String, String> forms() {
        Map<String, String> forms = new HashMap<>();
        add(forms, "0", "ноль", "нуль", "ноля", "нуля", "нолю", "нулю", "нолем", "нулем");
        add(forms, "1", "один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном");
        add(forms, "2", "два", "две", "двух", "двум", "двумя");
        add(forms, "3", "три", "трех", "трем", "тремя");
        add(forms, "4", "четыре", "четырех", "четырем", "четырьмя");
        add(forms, "40", "сорок", "сорока");
        add(forms, "90", "девяносто", "девяноста");
        add(forms, "100", "сто", "ста", "сотня", "сотни", "сотню", "сотней", "сотен", "сотням", "сотнями");
        // Hundreds: nominative, genitive, dative, instrumental, prepositional.
        add(forms, "200", "двести", "двухсот", "двумстам", "двумястами", "двухстах");
        add(forms, "300", "триста", "трехсот", "тремстам", "тремястами", "трехстах");
        add(forms, "400", "четыреста", "четырехсот", "четыремстам", "четырьмястами", "четырехстах");
        String[][] hundreds = {{"500", "пят"}, {"600", "шест"}, {"700", "сем"}, {"800", "восьм"}, {"900", "девят"}};
        for (String[] number : hundreds) {
            String nominative = number[1].equals("восьм") ? "восемьсот" : number[1] + "ьсот";
            add(forms, number[0], nominative, number[1] + "исот", number[1] + "истам", number[1] + "ьюстами", number[1] + "истах");
        }
        add(forms, "1000", "тыс", "тысяча", "тысячи", "тысячу", "тысячей", "тысяч", "тысячам", "тысячами");
        add(forms, "10", "десяток", "десятка", "десятку", "десятком", "десятке", "десятки", "десятков", "десяткам", "десятками");
        // Cardinals ending in -ь: nominative, genitive/dative/prepositional in -и, instrumental in -ью.
        String[][] soft = {{"5", "пят"}, {"6", "шест"}, {"7", "сем"}, {"9", "девят"}, {"10", "десят"},
            {"11", "одиннадцат"}, {"12", "двенадцат"}, {"13", "тринадцат"}, {"14", "четырнадцат"}, {"15", "пятнадцат"},
            {"16", "шестнадцат"}, {"17", "семнадцат"}, {"18", "восемнадцат"}, {"19", "девятнадцат"}, {"20", "двадцат"},
            {"30", "тридцат"}};
        for (String[] number : soft) {
            add(forms, number[0], number[1] + "ь", number[1] + "и", number[1] + "ью");
        }
        add(forms, "8", "восемь", "восьми", "восемью", "восьмью");
        // Tens ending in -десят: the first half declines too («пятидесяти», «пятьюдесятью»).
        String[][] tens = {{"50", "пят"}, {"60", "шест"}, {"70", "сем"}, {"80", "восем"}};
        for (String[] number : tens) {
            String stem = number[1].equals("восем") ? "восьм" : number[1];
            add(forms, number[0], number[1] + "ьдесят", stem + "идесяти", stem + "ьюдесятью");
        }
        return Map.copyOf(forms);
    }

    private static void add(Map<String, String> forms, String digits, String... words) {
        for (String word : words) {
            forms.put(word, digits);
        }
    }
}
