package com.example.portal.cards;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a feature card is in its life: only published cards are meant for sales and marketing.")
public enum CardStatus {
    @Description("Being written by a product manager.")
    DRAFT,
    @Description("Submitted and waiting for a second product manager's approval.")
    IN_REVIEW,
    @Description("Approved and visible to sales and marketing.")
    PUBLISHED,
    @Description("No longer current; kept for history.")
    ARCHIVED
}
