package com.example.portal.cards;

/** Whether a card is pitched to a segment or explicitly not. */
public enum SegmentRole {
    TARGET,
    ANTI
}
