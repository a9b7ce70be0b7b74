package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What feature cards can be ordered by.")
public enum FeatureCardOrderField {
    @Description("By title.")
    TITLE,
    @Description("By creation time.")
    CREATED_AT,
    @Description("By last change.")
    UPDATED_AT,
    @Description("By when the owner last verified the card; never-verified cards come last.")
    LAST_VERIFIED_AT
}
