package com.example.portal.cards;

import org.eclipse.microprofile.graphql.Description;

@Description("What a revision of a card records.")
public enum CardAction {
    @Description("The card was created as a draft.")
    CREATED,
    @Description("Its content was edited.")
    EDITED,
    @Description("It was created or changed by the content import.")
    IMPORTED,
    @Description("A product manager submitted it for review.")
    SUBMITTED,
    @Description("A second product manager or an admin approved and published it.")
    APPROVED,
    @Description("A reviewer sent it back to draft.")
    CHANGES_REQUESTED,
    @Description("It was archived.")
    ARCHIVED,
    @Description("An archived card was reopened as a draft.")
    REOPENED,
    @Description("Its owner checked that it is still true.")
    VERIFIED,
    @Description("An older revision's content was restored.")
    RESTORED
}
