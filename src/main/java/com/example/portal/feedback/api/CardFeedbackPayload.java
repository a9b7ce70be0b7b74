package com.example.portal.feedback.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.UserError;

@Description("Result of sending feedback on a card.")
public class CardFeedbackPayload {

    @Description("The feedback as stored; null when the input was refused.")
    public CardFeedback feedback;

    @NonNull
    @Description("Why the input was refused; empty on success. Nothing is stored when this is not empty.")
    public List<@NonNull UserError> userErrors = List.of();

    public static CardFeedbackPayload of(CardFeedback feedback) {
        CardFeedbackPayload payload = new CardFeedbackPayload();
        payload.feedback = feedback;
        return payload;
    }

    public static CardFeedbackPayload refused(List<UserError> errors) {
        CardFeedbackPayload payload = new CardFeedbackPayload();
        payload.userErrors = errors;
        return payload;
    }
}
