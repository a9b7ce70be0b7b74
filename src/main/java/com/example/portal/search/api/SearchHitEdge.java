package com.example.portal.search.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("A search hit in a connection.")
public class SearchHitEdge extends Edge {

    @NonNull
    @Description("The hit.")
    public final SearchHit node;

    public SearchHitEdge(SearchHit node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
