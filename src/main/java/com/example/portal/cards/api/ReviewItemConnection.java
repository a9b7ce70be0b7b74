package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of the review queue, longest waiting first.")
public class ReviewItemConnection extends Connection {

    @NonNull
    @Description("The items of this page with their cursors.")
    public final List<@NonNull ReviewItemEdge> edges;

    public ReviewItemConnection(Page<ReviewItem> page) {
        super(page);
        edges = page.edges(ReviewItemEdge::new);
    }
}
