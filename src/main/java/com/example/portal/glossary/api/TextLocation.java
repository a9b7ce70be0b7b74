package com.example.portal.glossary.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A place in one of a card's texts: the field's path and UTF-16 offsets into it, as JavaScript indexes strings.")
public class TextLocation {

    @NonNull
    @Description("Path to the text field, e.g. [\"body\"] or [\"jobs\", \"0\", \"situation\"].")
    public List<@NonNull String> field;

    @NonNull
    @Description("Where it starts (inclusive).")
    public int start;

    @NonNull
    @Description("Where it ends (exclusive).")
    public int end;

    public TextLocation() {
    }

    public TextLocation(List<String> field, int start, int end) {
        this.field = field;
        this.start = start;
        this.end = end;
    }
}
