package com.example.portal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A Job To Be Done statement: in what situation the client "hires" the feature, why, and what they get. */
@Embeddable
public record JobStoryValue(
        @Column(nullable = false) String situation,
        @Column(nullable = false) String motivation,
        @Column(nullable = false) String outcome) {
}
