package com.example.portal.segments;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A product a segment's clients own (owned = true) or do not own. */
@Embeddable
public record ProductLinkValue(
        @Column(name = "product_id", nullable = false) Long productId,
        @Column(nullable = false) boolean owned) {
}
