package com.example.portal.feedback.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Connection;
import com.example.portal.graphql.Page;

@Description("A page of feedback on cards, newest first.")
public class CardFeedbackConnection extends Connection {

    @NonNull
    @Description("The feedback of this page with cursors.")
    public final List<@NonNull CardFeedbackEdge> edges;

    public CardFeedbackConnection(Page<CardFeedback> page) {
        super(page);
        edges = page.edges(CardFeedbackEdge::new);
    }
}
