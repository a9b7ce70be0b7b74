package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A review queue item in a connection.")
public class ReviewItemEdge {

    @NonNull
    @Description("The item.")
    public ReviewItem node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public ReviewItemEdge(ReviewItem node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
