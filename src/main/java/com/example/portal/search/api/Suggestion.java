package com.example.portal.search.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.search.SearchType;

@Description("An autocomplete suggestion: a card title or glossary term.")
public record Suggestion(
        @NonNull @Description("The text to show and search for.") String text,
        @NonNull @Description("What it is.") SearchType type,
        @NonNull @Description("Slug of the object, to open it directly.") String slug) {
}
