package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of the review queue, longest waiting first.")
public class ReviewItemConnection {

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull ReviewItemEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many items wait for review.")
    public long totalCount;
}
