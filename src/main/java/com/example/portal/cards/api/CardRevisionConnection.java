package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of a card's revisions, newest first.")
public class CardRevisionConnection extends Connection {

    @NonNull
    @Description("The revisions of this page with their cursors.")
    public final List<@NonNull CardRevisionEdge> edges;

    public CardRevisionConnection(Page<CardRevision> page) {
        super(page);
        edges = page.edges(CardRevisionEdge::new);
    }
}
