package com.example.portal.segments;

/**
 * Fired synchronously inside the transaction of a segment mutation that changed the segment, so features built on
 * segments (the cards that target or exclude it) can react in the same transaction without segments knowing them.
 */
public record SegmentChanged(long segmentId) {
}
