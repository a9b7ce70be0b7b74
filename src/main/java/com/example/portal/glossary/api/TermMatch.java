package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A glossary term found in a text. Offsets are UTF-16 indexes, as JavaScript indexes strings: "
        + "text.slice(start, end) is the matched text.")
public record TermMatch(
        @NonNull @Description("Where the match starts (inclusive).") int start,
        @NonNull @Description("Where the match ends (exclusive).") int end,
        @NonNull @Description("The matched text as written, e.g. \"колл-трекинга\".") String text,
        @NonNull @Description("The glossary term, with its plain definition.") GlossaryTerm term) {
}
