package com.example.portal.feedback.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.feedback.CardFeedbackKind;

@Input("SendCardFeedbackInput")
@Description("A problem report or question about a card. cardSlug, kind and message are required.")
public class SendCardFeedbackInput {

    @Description("Slug of a card the sender may read.")
    public String cardSlug;

    @Description("A problem on the card, or a question for its owner.")
    public CardFeedbackKind kind;

    @Description("What to tell the owner, 1 to 2000 characters.")
    public String message;
}
