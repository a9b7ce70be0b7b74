package com.example.portal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A client's objection and the honest answer a sales rep can give. */
@Embeddable
public record ObjectionValue(
        @Column(nullable = false) String objection,
        @Column(nullable = false) String answer) {
}
