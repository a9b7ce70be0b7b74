package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("A review queue item in a connection.")
public class ReviewItemEdge extends Edge {

    @NonNull
    @Description("The item.")
    public final ReviewItem node;

    public ReviewItemEdge(ReviewItem node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
