package com.example.portal.search.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A search that found nothing, with how often it was made: content PMs should write.")
public record SearchGap(
        @NonNull @Description("The query, normalised (lower case, single spaces).") String query,
        @NonNull @Description("How many times it found nothing.") long count,
        @NonNull @Description("When it was last searched.") OffsetDateTime lastSearchedAt) {
}
