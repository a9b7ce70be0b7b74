package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("A piece of evidence in a connection.")
public class EvidenceEdge extends Edge {

    @NonNull
    @Description("The evidence.")
    public final Evidence node;

    public EvidenceEdge(Evidence node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
