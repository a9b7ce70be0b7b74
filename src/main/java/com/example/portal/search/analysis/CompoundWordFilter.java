package com.example.portal.search.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Hyphenated compounds: «колл-трекинг» must match «коллтрекинг» and «колл трекинг». For indexing, the parts go
 * at consecutive positions (for phrases) with the joined word stacked on the first; for queries, the compound
 * becomes the joined word alone, which the index holds for every hyphenated form.
 */
final class CompoundWordFilter extends TokenFilter {

    private final boolean emitParts;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String[]> pending = new ArrayDeque<>();
    private State current;

    CompoundWordFilter(TokenStream input, boolean emitParts) {
        super(input);
        this.emitParts = emitParts;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(current);
            String[] next = pending.poll();
            term.setEmpty().append(next[0]);
            position.setPositionIncrement(Integer.parseInt(next[1]));
            int start = Integer.parseInt(next[2]);
            offset.setOffset(start, start + next[0].length());
            return true;
        }
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
        int start = offset.startOffset();
        current = captureState();
        term.setEmpty().append(parts[0]);
        offset.setOffset(start, start + parts[0].length());
        pending.add(new String[] {joined, "0", String.valueOf(start)});
        int partStart = start + parts[0].length() + 1;
        for (int i = 1; i < parts.length; i++) {
            pending.add(new String[] {parts[i], "1", String.valueOf(partStart)});
            partStart += parts[i].length() + 1;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        current = null;
    }
}
