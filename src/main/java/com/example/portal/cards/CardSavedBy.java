package com.example.portal.cards;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import com.example.portal.security.Caller;

import io.quarkus.arc.Arc;

/**
 * Stamps who saved a card, whenever Hibernate writes its row (only rows that changed are written, so an unchanged
 * re-import keeps its version and its updatedBy). A stale edit's message names this person.
 */
public class CardSavedBy {

    @PrePersist
    @PreUpdate
    void stamp(FeatureCardEntity card) {
        card.updatedBy = Arc.container().instance(Caller.class).get().name();
    }
}
