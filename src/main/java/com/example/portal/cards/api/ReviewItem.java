package com.example.portal.cards.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Something waiting for a reviewer: a card's first publication or a pending edit of a published card.")
public class ReviewItem {

    @NonNull
    @Description("First publication or edit.")
    public ReviewItemKind kind;

    @NonNull
    @Description("The card as stored: in review for a first publication, the published version for an edit.")
    public FeatureCard card;

    @Description("The pending edit, for kind EDIT; null for a first publication.")
    public PendingCardRevision pendingRevision;

    @Description("Who asked for the review: the PM who submitted the card, or who last saved the edit.")
    public String submittedBy;

    @NonNull
    @Description("When the review was asked for (submitted, or the edit last saved).")
    public OffsetDateTime submittedAt;

    /** The published content the change starts from; null for a first publication. */
    @Ignore
    public FeatureCard before;

    /** The content approval publishes. */
    @Ignore
    public FeatureCard after;
}
