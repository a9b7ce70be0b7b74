package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A glossary term in a connection.")
public class GlossaryTermEdge {

    @NonNull
    @Description("The term.")
    public GlossaryTerm node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public GlossaryTermEdge(GlossaryTerm node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
