package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("A card revision in a connection.")
public class CardRevisionEdge extends Edge {

    @NonNull
    @Description("The revision.")
    public final CardRevision node;

    public CardRevisionEdge(CardRevision node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
