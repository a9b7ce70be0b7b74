package com.example.portal.feedback;

import org.eclipse.microprofile.graphql.Description;

@Description("What a reader sends about a card: a problem in it, or a question for its owner.")
public enum CardFeedbackKind {
    @Description("Something on the card is wrong or out of date.")
    PROBLEM,
    @Description("A question for the card's owner.")
    QUESTION
}
