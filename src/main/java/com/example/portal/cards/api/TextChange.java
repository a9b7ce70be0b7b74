package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A run of text in a word-level difference.")
public record TextChange(
        @NonNull @Description("Whether the run is in both texts, only the published one or only the proposed one.") TextChangeKind kind,
        @NonNull @Description("The text, with its spaces and line breaks.") String text) {
}
