package com.example.portal.feedback.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.feedback.CardFeedbackKind;
import com.example.portal.graphql.IdentifiedObject;

@Description("A problem report or a question a reader sent about a card, for the card's owner.")
public class CardFeedback extends IdentifiedObject {

    public static final String TYPE = "CardFeedback";

    @Ignore
    public long cardDbId;

    @NonNull
    @Description("A problem on the card, or a question for its owner.")
    public CardFeedbackKind kind;

    @NonNull
    @Description("What the reader wrote.")
    public String message;

    @NonNull
    @Description("Login of who sent it, to answer them.")
    public String sentBy;

    @NonNull
    @Description("When it was sent.")
    public OffsetDateTime sentAt;
}
