package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("A glossary term in a connection.")
public class GlossaryTermEdge extends Edge {

    @NonNull
    @Description("The term.")
    public final GlossaryTerm node;

    public GlossaryTermEdge(GlossaryTerm node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
