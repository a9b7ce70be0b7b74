package com.example.portal.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenStream;

/**
 * Names that glue a word to a number («Яндекс360», «Битрикс24») are found by the word, by the number and whole: the
 * word and the number are stacked on the whole token, at its position. Only a word of at least two letters followed
 * or preceded by a number is split; anything else with digits stays whole, so codes («1С», «B2B», «A1B2») and
 * numbers keep their meaning.
 */
final class LetterDigitFilter extends ExtraTokenFilter {

    private static final int MIN_LETTERS = 2;

    LetterDigitFilter(TokenStream input) {
        super(input);
    }

    @Override
    protected boolean readToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int boundary = boundary(term);
        if (boundary > 0) {
            stack(term.subSequence(0, boundary).toString());
            stack(term.subSequence(boundary, term.length()).toString());
        }
        return true;
    }

    /** Where a run of letters meets a run of digits, when the token is exactly those two runs; else -1. */
    static int boundary(CharSequence text) {
        if (text.length() == 0) {
            return -1;
        }
        boolean digitsFirst = Character.isDigit(text.charAt(0));
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) == digitsFirst && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int boundary = i;
        while (i < text.length() && Character.isDigit(text.charAt(i)) != digitsFirst && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int letters = digitsFirst ? text.length() - boundary : boundary;
        return i == text.length() && boundary > 0 && boundary < text.length() && letters >= MIN_LETTERS ? boundary : -1;
    }
}
