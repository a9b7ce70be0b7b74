package com.example.portal.feedback.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Feedback on a card in a connection.")
public class CardFeedbackEdge {

    @NonNull
    @Description("The feedback.")
    public CardFeedback node;

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public String cursor;

    public CardFeedbackEdge(CardFeedback node, String cursor) {
        this.node = node;
        this.cursor = cursor;
    }
}
