package com.example.portal.glossary.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A place in one of a card's texts: the field's path and UTF-16 offsets into it, as JavaScript indexes strings.")
public record TextLocation(
        @NonNull @Description("Path to the text field, e.g. [\"body\"] or [\"jobs\", \"0\", \"situation\"].") List<@NonNull String> field,
        @NonNull @Description("Where it starts (inclusive).") int start,
        @NonNull @Description("Where it ends (exclusive).") int end) {
}
