package com.example.portal.glossary.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A glossary term used in one of a card's texts, so a frontend can show its plain definition on hover. "
        + "Offsets are UTF-16 indexes into that field's text (Markdown source for the body), as JavaScript indexes strings.")
public record GlossaryMention(
        @NonNull @Description("Path to the text field, e.g. [\"summary\"], [\"talkingPoints\", \"2\"], [\"objections\", \"0\", \"answer\"].") List<@NonNull String> field,
        @NonNull @Description("Where the match starts in that field (inclusive).") int start,
        @NonNull @Description("Where the match ends in that field (exclusive).") int end,
        @NonNull @Description("The matched text as written.") String text,
        @NonNull @Description("The glossary term, with its plain definition.") GlossaryTerm term) {
}
