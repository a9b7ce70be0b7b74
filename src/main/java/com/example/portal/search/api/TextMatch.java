package com.example.portal.search.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a hit matched: a fragment of one field with the matching words marked.")
public record TextMatch(
        @NonNull @Description("The field: title, aliases, summary, pitch (objections and talking points) or body.") String field,
        @NonNull @Description("HTML-escaped text of the fragment with the matches wrapped in <mark>…</mark>.") String fragment) {
}
