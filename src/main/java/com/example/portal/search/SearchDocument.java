package com.example.portal.search;

import java.util.List;

/**
 * What the index knows of one object, built by the feature that owns it from its row alone. Texts are grouped by
 * how much a match in them should weigh: title and aliases above summary and jobs, above keywords (tags and the
 * glossary terms a card declares, with their aliases, which bridge English and jargon queries to Russian text),
 * above objections and talking points, above the body.
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
        String product,
        List<String> segments,
        List<String> funnelStages,
        List<String> tags) {
}
