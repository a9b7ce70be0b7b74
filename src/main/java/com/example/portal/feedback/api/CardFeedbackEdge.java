package com.example.portal.feedback.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Edge;

@Description("Feedback on a card in a connection.")
public class CardFeedbackEdge extends Edge {

    @NonNull
    @Description("The feedback.")
    public final CardFeedback node;

    public CardFeedbackEdge(CardFeedback node, String cursor) {
        super(cursor);
        this.node = node;
    }
}
