package com.example.portal.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower case, with ё read as е: what a character filter mapping ё to е before the tokenizer gave (the same letters, the
 * same offsets), without reading every character of every text through the filter's map, which was a tenth of all
 * analysis.
 */
final class LowerCaseYoFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LowerCaseYoFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        CharacterUtils.toLowerCase(buffer, 0, length);
        for (int i = 0; i < length; i++) {
            if (buffer[i] == 'ё') {
                buffer[i] = 'е';
            }
        }
        return true;
    }
}
