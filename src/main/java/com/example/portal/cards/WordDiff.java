package com.example.portal.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.example.portal.cards.api.TextChange;
import com.example.portal.cards.api.TextChangeKind;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * The word-level difference of two texts: runs of unchanged, removed and added text that, read in order, give both
 * texts back (the unchanged and removed runs the old one, the unchanged and added runs the new one). Words and the
 * spaces between them are compared as separate tokens, so a changed word does not drag its neighbours in.
 */
final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private WordDiff() {
    }

    static List<TextChange> between(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        List<TextChange> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(old, now).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(parts, TextChangeKind.UNCHANGED, old.subList(position, start));
            add(parts, TextChangeKind.REMOVED, delta.getSource().getLines());
            add(parts, TextChangeKind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(parts, TextChangeKind.UNCHANGED, old.subList(position, old.size()));
        return parts;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Appends a run, joining it to the previous one of the same kind. */
    private static void add(List<TextChange> parts, TextChangeKind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        TextChange last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last != null && last.kind() == kind) {
            parts.set(parts.size() - 1, new TextChange(kind, last.text() + text));
        } else {
            parts.add(new TextChange(kind, text));
        }
    }
}
