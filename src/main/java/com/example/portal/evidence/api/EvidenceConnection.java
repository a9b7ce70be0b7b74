package com.example.portal.evidence.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of evidence, newest first.")
public class EvidenceConnection extends Connection {

    @NonNull
    @Description("The evidence of this page with cursors.")
    public final List<@NonNull EvidenceEdge> edges;

    public EvidenceConnection(Page<Evidence> page) {
        super(page);
        edges = page.edges(EvidenceEdge::new);
    }
}
