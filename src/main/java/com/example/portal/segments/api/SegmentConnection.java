package com.example.portal.segments.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of segments.")
public class SegmentConnection extends Connection {

    @NonNull
    @Description("The segments of this page with cursors.")
    public final List<@NonNull SegmentEdge> edges;

    public SegmentConnection(Page<Segment> page) {
        super(page);
        edges = page.edges(SegmentEdge::new);
    }
}
