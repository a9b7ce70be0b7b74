package com.example.portal.search.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A search hit in a connection.")
public class SearchHitEdge {

    @NonNull
    @Description("The hit.")
    public SearchHit node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public SearchHitEdge(SearchHit node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
