package com.example.portal.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds jargon in an object's texts: glossary terms marked as ones to avoid, and Latin-script words that no glossary
 * term covers. Each distinct word or term is reported once, with all its places, in order of first appearance.
 */
final class JargonCheck {

    private static final Pattern HYPHEN = Pattern.compile("[-\u2010\u2011]");

    private record Found(JargonWarningKind kind, String key, Long termId, int start, int end) {
    }

    private JargonCheck() {
    }

    static List<JargonFinding> check(TermMatcher matcher, Set<Long> discouraged, List<FieldText> texts) {
        Map<String, JargonFinding> findings = new LinkedHashMap<>();
        for (FieldText field : texts) {
            String text = field.text();
            List<AnalyzedToken> words = TermMatcher.words(text);
            List<TermHit> hits = matcher.find(text, words);
            List<Found> found = new ArrayList<>();
            for (TermHit hit : hits) {
                if (discouraged.contains(hit.termId())) {
                    found.add(new Found(JargonWarningKind.DISCOURAGED_TERM, "term:" + hit.termId(), hit.termId(), hit.start(), hit.end()));
                }
            }
            found.addAll(unknownLatinWords(text, words, hits));
            found.sort(Comparator.comparingInt(Found::start));
            for (Found f : found) {
                findings.computeIfAbsent(f.key(), k -> new JargonFinding(f.kind(), text.substring(f.start(), f.end()), f.termId(),
                        new ArrayList<>())).occurrences().add(new TextSpan(field.field(), f.start(), f.end()));
            }
        }
        return List.copyOf(findings.values());
    }

    /** Latin-script words outside every glossary match; "look-alike" stays one word though the analyzer splits it. */
    private static List<Found> unknownLatinWords(String text, List<AnalyzedToken> words, List<TermHit> hits) {
        List<Found> found = new ArrayList<>();
        int hit = 0;
        int previous = -2;
        for (int i = 0; i < words.size(); i++) {
            AnalyzedToken word = words.get(i);
            while (hit < hits.size() && hits.get(hit).end() <= word.start()) {
                hit++;
            }
            boolean covered = hit < hits.size() && hits.get(hit).covers(word);
            if (word.link() || covered || !word.latin()) {
                continue;
            }
            Found last = found.isEmpty() ? null : found.get(found.size() - 1);
            if (last != null && previous == i - 1 && HYPHEN.matcher(text.substring(last.end(), word.start())).matches()) {
                int start = last.start();
                found.set(found.size() - 1, latinWord(text, start, word.end()));
            } else {
                found.add(latinWord(text, word.start(), word.end()));
            }
            previous = i;
        }
        return found;
    }

    private static Found latinWord(String text, int start, int end) {
        return new Found(JargonWarningKind.UNKNOWN_LATIN_WORD, "word:" + AnalyzedToken.fold(text.substring(start, end)), null, start, end);
    }
}
