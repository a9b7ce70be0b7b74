package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A segment in a connection.")
public class SegmentEdge {

    @NonNull
    @Description("The segment.")
    public Segment node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public SegmentEdge(Segment node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
