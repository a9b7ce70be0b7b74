package com.example.portal.search.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Hyphenated compounds: «колл-трекинг» must match «коллтрекинг» and «колл трекинг». For indexing, the parts go
 * at consecutive positions (for phrases) with the joined word stacked on the first; for queries, the compound
 * becomes the joined word alone, which the index holds for every hyphenated form.
 */
final class CompoundWordFilter extends ExtraTokenFilter {

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
        String text = term.toString().replaceAll("^-+|-+$", "");
        if (text.isEmpty()) {
            text = term.toString();
        }
        if (!text.contains("-")) {
            term.setEmpty().append(text);
            return true;
        }
        String[] parts = text.split("-+");
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
