package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("A segment in a connection.")
public class SegmentEdge extends Edge {

    @NonNull
    @Description("The segment.")
    public final Segment node;

    public SegmentEdge(Segment node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
