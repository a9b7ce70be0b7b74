package com.example.portal.segments.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of segments.")
public class SegmentConnection {

    @NonNull
    @Description("The segments of this page with cursors.")
    public List<@NonNull SegmentEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many segments match, over all pages.")
    public long totalCount;
}
