package com.example.portal.cards;

import java.util.Set;

/** The database ids a card's slugs resolved to; null parts were not given. */
record CardReferences(Long productId, Set<SegmentLinkValue> segmentLinks, Set<Long> glossaryTermIds) {
}
