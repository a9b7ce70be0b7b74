package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One field of a card as a reviewer reads it: the published text, the proposed text and the word-level "
        + "difference. Lists are one item a line; products, segments and glossary terms by name.")
public record CardFieldChange(
        @NonNull @Description("The field's name, as in FeatureCard (e.g. \"summary\", \"targetSegments\", \"rollout\").") String field,
        @NonNull @Description("The field's name in Russian, for the screen (e.g. «Кратко»).") String label,
        @NonNull @Description("The published text; empty for a first publication.") String before,
        @NonNull @Description("The proposed text.") String after,
        @NonNull @Description("The difference word by word, in reading order: unchanged, removed and added runs of text.") List<@NonNull TextChange> parts) {
}
