package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.PageInfo;

@Description("A page of a card's revisions, newest first.")
public class CardRevisionConnection {

    @NonNull
    @Description("The revisions of this page with their cursors.")
    public List<@NonNull CardRevisionEdge> edges;

    @NonNull
    @Description("Where this page sits.")
    public PageInfo pageInfo;

    @NonNull
    @Description("How many revisions the card has.")
    public long totalCount;
}
