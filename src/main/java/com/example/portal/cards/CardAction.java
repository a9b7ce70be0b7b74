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
    RESTORED,
    @Description("A published card's content was edited: the edit waits for review, readers still see the published text. "
            + "changedFields names what the edit changes; the revision keeps the published content.")
    EDIT_PROPOSED,
    @Description("A second product manager, or an admin with a comment, approved a pending edit: readers see it now.")
    EDIT_APPROVED,
    @Description("A reviewer sent a pending edit back to its authors with a comment; it stays pending.")
    EDIT_CHANGES_REQUESTED,
    @Description("A pending edit was discarded by one of its authors or an admin; the published text stays.")
    EDIT_DISCARDED
}
