package com.example.portal.glossary;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.glossary.api.GlossaryMention;
import com.example.portal.glossary.api.GlossaryTerm;
import com.example.portal.glossary.api.JargonWarning;
import com.example.portal.glossary.api.TermMatch;
import com.example.portal.glossary.api.TextLocation;
import com.example.portal.graphql.BadRequestException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The glossary in use: finds its terms in texts and flags jargon. Keeps one matcher built from the glossary and
 * rebuilds it when the glossary's fingerprint changes; the fingerprint is read from the database on every call, so
 * a term changed through any replica (or by the importer) is seen by the next call on every replica.
 */
@ApplicationScoped
public class GlossaryAnnotator {

    public static final int TEXT_MAX = 100_000;

    @Inject
    GlossaryTermRepository terms;

    private volatile GlossarySnapshot snapshot = GlossarySnapshot.EMPTY;

    /**
     * Mentions found per glossary fingerprint and texts: a card page asks for the same card's mentions again and again,
     * and matching its texts was a tenth of the page's cost. A changed glossary has another fingerprint, a changed card
     * other texts, so an entry is never stale; bounded by the characters of the texts it holds.
     */
    private final Cache<MentionsKey, List<GlossaryMention>> mentions = Caffeine.newBuilder()
            .maximumWeight(MENTIONS_CACHE_CHARS).weigher((MentionsKey key, List<GlossaryMention> found) -> key.chars()).build();
    private static final long MENTIONS_CACHE_CHARS = 20_000_000;

    private record MentionsKey(String fingerprint, List<FieldText> texts) {
        int chars() {
            return texts.stream().mapToInt(t -> t.text().length()).sum() + 64;
        }
    }

    @Transactional
    public List<TermMatch> annotate(String text) {
        if (text.length() > TEXT_MAX) {
            throw new BadRequestException("The text has " + text.length() + " characters; annotate takes at most " + TEXT_MAX + ".");
        }
        GlossarySnapshot glossary = current();
        return glossary.matcher().find(text).stream()
                .map(hit -> new TermMatch(hit.start(), hit.end(), text.substring(hit.start(), hit.end()), glossary.terms().get(hit.termId())))
                .toList();
    }

    /** The glossary terms in each object's texts, for a batch of objects with one glossary snapshot. */
    @Transactional
    public List<List<GlossaryMention>> mentions(List<List<FieldText>> objects) {
        GlossarySnapshot glossary = current();
        List<List<GlossaryMention>> result = new ArrayList<>();
        for (List<FieldText> texts : objects) {
            result.add(mentions.get(new MentionsKey(glossary.fingerprint(), texts), key -> find(glossary, texts)));
        }
        return result;
    }

    private static List<GlossaryMention> find(GlossarySnapshot glossary, List<FieldText> texts) {
        List<GlossaryMention> found = new ArrayList<>();
        for (FieldText field : texts) {
            for (TermHit hit : glossary.matcher().find(field.text())) {
                found.add(new GlossaryMention(field.field(), hit.start(), hit.end(),
                        field.text().substring(hit.start(), hit.end()), glossary.terms().get(hit.termId())));
            }
        }
        return List.copyOf(found);
    }

    /** Jargon warnings for each object's texts, for a batch of objects with one glossary snapshot. */
    @Transactional
    public List<List<JargonWarning>> jargon(List<List<FieldText>> objects) {
        GlossarySnapshot glossary = current();
        return objects.stream().map(texts -> JargonCheck.check(glossary.matcher(), glossary.discouraged(), texts).stream()
                .map(finding -> warning(finding, glossary)).toList()).toList();
    }

    private static JargonWarning warning(JargonFinding finding, GlossarySnapshot glossary) {
        JargonWarning warning = new JargonWarning();
        warning.kind = finding.kind();
        warning.text = finding.text();
        warning.occurrences = finding.occurrences().stream().map(s -> new TextLocation(s.field(), s.start(), s.end())).toList();
        if (finding.termId() != null) {
            GlossaryTerm term = glossary.terms().get(finding.termId());
            warning.term = term;
            warning.suggestion = term.definition;
            warning.message = "\"" + finding.text() + "\" is jargon to avoid (glossary term \"" + term.term + "\"): use the plain "
                    + "wording the suggestion gives.";
        } else {
            warning.message = "\"" + finding.text() + "\" is not in the glossary: write it in plain Russian, or add it to the "
                    + "glossary with a plain definition.";
        }
        return warning;
    }

    private GlossarySnapshot current() {
        String fingerprint = terms.fingerprint();
        GlossarySnapshot known = snapshot;
        if (known.fingerprint().equals(fingerprint)) {
            return known;
        }
        // Read after the fingerprint, so the terms are at least as new as the fingerprint they are filed under.
        GlossarySnapshot fresh = GlossarySnapshot.of(fingerprint, terms.listAll().stream().map(GlossaryMapper.INSTANCE::toApi).toList());
        snapshot = fresh;
        return fresh;
    }
}
