package com.example.portal.glossary.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of glossary terms.")
public class GlossaryTermConnection extends Connection {

    @NonNull
    @Description("The terms of this page with cursors.")
    public final List<@NonNull GlossaryTermEdge> edges;

    public GlossaryTermConnection(Page<GlossaryTerm> page) {
        super(page);
        edges = page.edges(GlossaryTermEdge::new);
    }
}
