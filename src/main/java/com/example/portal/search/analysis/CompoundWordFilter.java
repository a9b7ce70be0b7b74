package com.example.portal.search.analysis;

import java.io.IOException;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Hyphenated compounds: «колл-трекинг» must match «коллтрекинг» and «колл трекинг». For indexing, the parts go
 * at consecutive positions (for phrases) with the joined word stacked on the first; for queries, the compound
 * becomes the joined word alone, which the index holds for every hyphenated form.
 */
final class CompoundWordFilter extends ExtraTokenFilter {

    private static final Pattern HYPHENS = Pattern.compile("-+");

    private final boolean emitParts;
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

    CompoundWordFilter(TokenStream input, boolean emitParts) {
        super(input);
        this.emitParts = emitParts;
    }

    @Override
    protected boolean readToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!hasHyphen()) {
            return true; // nearly every word: nothing to do (a regular expression per word was a quarter of all analysis)
        }
        String text = trimHyphens(term.toString());
        if (text.isEmpty()) {
            text = term.toString();
        }
        if (text.indexOf('-') < 0) {
            term.setEmpty().append(text);
            return true;
        }
        String[] parts = HYPHENS.split(text);
        if (parts.length == 0) {
            // Only hyphens (a Markdown list marker, a dash): nothing to split, the token stays as it is.
            return true;
        }
        String joined = String.join("", parts);
        if (!emitParts) {
            term.setEmpty().append(joined);
            return true;
        }
        // The first part now, then the joined word stacked on it, then each other part one position further; each
        // token's offsets are those of its own text (a part after a hyphen starts one past the part before).
        int increment = position.getPositionIncrement();
        int start = offset.startOffset();
        queuePart(joined, 0, start);
        int partStart = start + parts[0].length() + 1;
        for (int i = 1; i < parts.length; i++) {
            queuePart(parts[i], 1, partStart);
            partStart += parts[i].length() + 1;
        }
        setPart(parts[0], increment, start);
        return true;
    }

    private boolean hasHyphen() {
        char[] buffer = term.buffer();
        for (int i = 0; i < term.length(); i++) {
            if (buffer[i] == '-') {
                return true;
            }
        }
        return false;
    }

    /** The word without hyphens at its start and end. */
    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    private void queuePart(String text, int increment, int start) {
        setPart(text, increment, start);
        queue(captureState());
    }

    /** The compound's other attributes (type, flags) stay as read: only the text, position and offsets change. */
    private void setPart(String text, int increment, int start) {
        term.setEmpty().append(text);
        position.setPositionIncrement(increment);
        offset.setOffset(start, start + text.length());
    }
}
