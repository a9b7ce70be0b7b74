package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A card revision in a connection.")
public class CardRevisionEdge {

    @NonNull
    @Description("The revision.")
    public CardRevision node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public CardRevisionEdge(CardRevision node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
