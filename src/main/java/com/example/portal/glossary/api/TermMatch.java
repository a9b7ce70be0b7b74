package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A glossary term found in a text. Offsets are UTF-16 indexes, as JavaScript indexes strings: "
        + "text.slice(start, end) is the matched text.")
public class TermMatch {

    @NonNull
    @Description("Where the match starts (inclusive).")
    public int start;

    @NonNull
    @Description("Where the match ends (exclusive).")
    public int end;

    @NonNull
    @Description("The matched text as written, e.g. \"колл-трекинга\".")
    public String text;

    @NonNull
    @Description("The glossary term, with its plain definition.")
    public GlossaryTerm term;

    public TermMatch() {
    }

    public TermMatch(int start, int end, String text, GlossaryTerm term) {
        this.start = start;
        this.end = end;
        this.text = text;
        this.term = term;
    }
}
