package com.example.portal.search;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the index knows of one object, built by the feature that owns it from its row alone. Texts are grouped by
 * how much a match in them should weigh: title and aliases above summary and jobs, above keywords (tags and the
 * glossary terms a card declares, with their aliases, which bridge English and jargon queries to Russian text),
 * above objections and talking points, above the body. {@code situations} repeats, one statement each, what a client
 * would say: a card's jobs and objections, a segment's description sentence by sentence; a query that says most of one
 * of them ranks its document above documents that share a word or two with it elsewhere. {@code discouraged} marks
 * what the house style tells people not to say (a jargon entry of the glossary): found, but after the words to use.
 */
public record SearchDocument(
        SearchType type,
        long id,
        String slug,
        boolean visibleToAll,
        String title,
        List<String> aliases,
        List<String> keywords,
        String summary,
        String pitch,
        String body,
        List<String> situations,
        String product,
        List<String> segments,
        List<String> funnelStages,
        List<String> tags,
        boolean discouraged) {
    /** Where one sentence ends and the next begins: after a full stop, question or exclamation mark and a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+");

    /** A document that is not discouraged. */
    public SearchDocument(SearchType type, long id, String slug, boolean visibleToAll, String title, List<String> aliases,
            List<String> keywords, String summary, String pitch, String body, List<String> situations, String product,
            List<String> segments, List<String> funnelStages, List<String> tags) {
        this(type, id, slug, visibleToAll, title, aliases, keywords, summary, pitch, body, situations, product, segments,
                funnelStages, tags, false);
    }

    /** A text's sentences, for {@link #situations}: a description says one situation per sentence. */
    public static List<String> sentences(String text) {
        return text == null ? List.of() : Arrays.stream(SENTENCE_END.split(text.strip())).filter(s -> !s.isBlank()).toList();
    }
}
