package com.example.portal.glossary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.example.portal.glossary.api.GlossaryTerm;

/** The glossary as of one fingerprint, with the matcher built from it. Immutable, shared by concurrent requests. */
record GlossarySnapshot(String fingerprint, TermMatcher matcher, Map<Long, GlossaryTerm> terms, Set<Long> discouraged) {

    static final GlossarySnapshot EMPTY = of("", List.of());

    static GlossarySnapshot of(String fingerprint, List<GlossaryTerm> terms) {
        TermMatcher matcher = TermMatcher.of(terms.stream().map(t -> new GlossaryEntry(t.dbId, t.term, t.aliases, t.discouraged)).toList());
        return new GlossarySnapshot(fingerprint, matcher,
                terms.stream().collect(Collectors.toUnmodifiableMap(t -> t.dbId, Function.identity())),
                terms.stream().filter(t -> t.discouraged).map(t -> t.dbId).collect(Collectors.toUnmodifiableSet()));
    }
}
