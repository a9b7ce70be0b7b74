package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("A feature card in a connection.")
public class FeatureCardEdge extends Edge {

    @NonNull
    @Description("The card.")
    public final FeatureCard node;

    public FeatureCardEdge(FeatureCard node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
