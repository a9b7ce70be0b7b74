package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What a review queue item asks a reviewer to approve.")
public enum ReviewItemKind {
    @Description("A card in review, not yet seen by sales or marketing: approveCard publishes it.")
    FIRST_PUBLICATION,
    @Description("A pending edit of a published card: approvePendingRevision makes it what readers see.")
    EDIT
}
