package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A piece of evidence in a connection.")
public class EvidenceEdge {

    @NonNull
    @Description("The evidence.")
    public Evidence node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public EvidenceEdge(Evidence node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
