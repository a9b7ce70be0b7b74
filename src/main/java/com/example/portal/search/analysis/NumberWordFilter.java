package com.example.portal.search.analysis;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Numbers written as words match the same numbers in digits: a Russian number word in any case form («двадцать»,
 * «двадцати», «пятнадцать», «тысячи», «десяток») gets its digits stacked at its position, in the index and in queries,
 * so «скидка двадцать процентов» finds «скидку 20%» and «5 шагов» finds «пять шагов». Compound numbers («двадцать
 * пять») match word by word. The table is Russian grammar, not a list of queries.
 */
final class NumberWordFilter extends TokenFilter {

    static final Map<String, String> FORMS = forms();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private State word;
    private String digits;

    NumberWordFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (digits != null) {
            restoreState(word);
            term.setEmpty().append(digits);
            position.setPositionIncrement(0);
            digits = null;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        digits = FORMS.get(term.toString());
        if (digits != null) {
            word = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        digits = null;
        word = null;
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
        add(forms, "1000", "тысяча", "тысячи", "тысячу", "тысячей", "тысяч", "тысячам", "тысячами");
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
