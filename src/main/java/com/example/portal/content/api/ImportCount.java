package com.example.portal.content.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("How many objects of one kind the content files hold.")
public record ImportCount(
        @NonNull @Description("Kind: products, segments, glossaryTerms, cards, evidence or releaseNotes.") String kind,
        @NonNull @Description("How many.") int count) {
}
