package com.example.portal.cards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A card's link to a segment it targets or must not be pitched to. */
@Embeddable
public record SegmentLinkValue(
        @Column(name = "segment_id", nullable = false) Long segmentId,
        @Enumerated(EnumType.STRING) @Column(nullable = false) SegmentRole role) {
}
