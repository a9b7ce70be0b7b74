package com.example.portal.cards;

import java.time.OffsetDateTime;

import com.example.portal.cards.api.CreateFeatureCardInput;

/** A card read from content/: besides what the API creates, the file states its workflow status and verification. */
public class ImportedCard extends CreateFeatureCardInput {

    public CardStatus status;

    public OffsetDateTime lastVerifiedAt;
}
