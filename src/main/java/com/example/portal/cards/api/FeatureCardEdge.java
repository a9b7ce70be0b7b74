package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A feature card in a connection.")
public class FeatureCardEdge {

    @NonNull
    @Description("The card.")
    public FeatureCard node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public FeatureCardEdge(FeatureCard node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
