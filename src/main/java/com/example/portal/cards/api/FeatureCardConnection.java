package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of feature cards.")
public class FeatureCardConnection extends Connection {

    @NonNull
    @Description("The cards of this page with their cursors.")
    public final List<@NonNull FeatureCardEdge> edges;

    public FeatureCardConnection(Page<FeatureCard> page) {
        super(page);
        edges = page.edges(FeatureCardEdge::new);
    }
}
