package com.example.portal.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds glossary terms in a text: every spelling of a term (the term and its aliases) is analyzed into a phrase of
 * stemmed words, and a text matches a phrase where its words have the same stems in the same order, separated
 * only by spaces, hyphens, slashes or commas. Where matches overlap, the longest wins (then the leftmost), so
 * "доля пропущенных звонков" beats "пропущенные звонки". Plain Java and immutable: build it once per glossary
 * version and share it.
 */
final class TermMatcher {

    private static final TermAnalyzer ANALYZER = new TermAnalyzer();

    /** Between two words of one phrase: spaces (one line break at most), hyphens, slashes, commas. */
    private static final Pattern GAP = Pattern.compile("[\\s\\-\u2010\u2011/,]*");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern HYPHEN_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})");

    /** One spelling of a term; a lower rank wins when two terms are spelled alike. */
    private record Phrase(long termId, int rank, List<AnalyzedToken> words) {
    }

    private record Candidate(Phrase phrase, int first, int last, int start, int end) {
    }

    /** Phrases by the stem and by the surface of their first word. */
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    private TermMatcher() {
    }

    /**
     * A matcher for these terms. Spellings of discouraged terms (jargon) outrank every other spelling, so a word a PM
     * lists as jargon is flagged even where a plain term keeps it as an alias for search (the metric LTV, «апсейл» of
     * «Допродажа»). Within each, terms' own spellings outrank aliases, so an alias never steals another term's name.
     */
    static TermMatcher of(List<GlossaryEntry> entries) {
        TermMatcher matcher = new TermMatcher();
        int rank = 0;
        for (boolean jargon : new boolean[] { true, false }) {
            List<GlossaryEntry> group = entries.stream().filter(e -> e.discouraged() == jargon).toList();
            for (GlossaryEntry entry : group) {
                matcher.add(entry.termId(), entry.term(), rank++);
            }
            for (GlossaryEntry entry : group) {
                for (String alias : entry.aliases()) {
                    matcher.add(entry.termId(), alias, rank++);
                }
            }
        }
        return matcher;
    }

    private void add(long termId, String spelling, int rank) {
        addPhrase(termId, spelling, rank);
        // "колл-трекинг" is also written "коллтрекинг"; "колл трекинг" needs nothing, since hyphens split words anyway.
        String joined = HYPHEN_BETWEEN_LETTERS.matcher(spelling).replaceAll("");
        if (!joined.equals(spelling)) {
            addPhrase(termId, joined, rank);
        }
    }

    private void addPhrase(long termId, String spelling, int rank) {
        List<AnalyzedToken> words = ANALYZER.analyze(spelling);
        if (words.isEmpty()) {
            return;
        }
        Phrase phrase = new Phrase(termId, rank, words);
        AnalyzedToken first = words.get(0);
        byFirstWord.computeIfAbsent(first.stem(), k -> new ArrayList<>()).add(phrase);
        if (!first.surface().equals(first.stem())) {
            byFirstWord.computeIfAbsent(first.surface(), k -> new ArrayList<>()).add(phrase);
        }
    }

    /** The words of a text, for callers that look at more than glossary terms. */
    static List<AnalyzedToken> words(String text) {
        return ANALYZER.analyze(text);
    }

    /** The glossary terms in a text, in text order, not overlapping. */
    List<TermHit> find(String text) {
        return find(text, words(text));
    }

    List<TermHit> find(String text, List<AnalyzedToken> words) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Phrase phrase : phrasesStartingWith(words.get(i))) {
                if (matchesAt(phrase, words, i, text)) {
                    int last = i + phrase.words().size() - 1;
                    candidates.add(new Candidate(phrase, i, last, words.get(i).start(), words.get(last).end()));
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Candidate c) -> c.last() - c.first()).reversed()
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
                .thenComparingInt(Candidate::first)
                .thenComparingInt(c -> c.phrase().rank()));
        boolean[] taken = new boolean[words.size()];
        List<TermHit> hits = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (free(taken, candidate)) {
                for (int i = candidate.first(); i <= candidate.last(); i++) {
                    taken[i] = true;
                }
                hits.add(new TermHit(candidate.phrase().termId(), candidate.start(), candidate.end()));
            }
        }
        hits.sort(Comparator.comparingInt(TermHit::start));
        return hits;
    }

    private Set<Phrase> phrasesStartingWith(AnalyzedToken word) {
        Set<Phrase> phrases = new LinkedHashSet<>(byFirstWord.getOrDefault(word.stem(), List.of()));
        phrases.addAll(byFirstWord.getOrDefault(word.surface(), List.of()));
        return phrases;
    }

    private static boolean matchesAt(Phrase phrase, List<AnalyzedToken> words, int at, String text) {
        List<AnalyzedToken> wanted = phrase.words();
        if (at + wanted.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < wanted.size(); k++) {
            AnalyzedToken word = words.get(at + k);
            if (word.link() || !ShortStemGuard.sameWord(wanted.get(k), word)) {
                return false;
            }
            if (k > 0 && !joins(text.substring(words.get(at + k - 1).end(), word.start()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean joins(String gap) {
        return GAP.matcher(gap).matches() && !BLANK_LINE.matcher(gap).find();
    }

    private static boolean free(boolean[] taken, Candidate candidate) {
        for (int i = candidate.first(); i <= candidate.last(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }
}
