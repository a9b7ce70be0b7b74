package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of feature cards.")
public class FeatureCardConnection {

    @NonNull
    @Description("The cards of this page with their cursors.")
    public List<@NonNull FeatureCardEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many cards match the filter, over all pages.")
    public long totalCount;
}
