package com.example.portal.feedback.api;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.StoredPayload;

@Description("Result of sending feedback on a card.")
public class CardFeedbackPayload extends StoredPayload<CardFeedback> {

    @Description("The feedback as stored; null when the input was refused.")
    public CardFeedback getFeedback() {
        return stored();
    }
}
