package com.example.portal.pitch;

import java.util.List;

/** The matcher's verdict on one card for one client: offered with a fit, or excluded with a reason. */
public record PitchDecision(CardView card, double fit, SegmentFit best, List<SegmentFit> targets, List<SegmentFit> antiSegments,
        List<String> warnings, ExclusionReason exclusion, String explanation) {

    public boolean offered() {
        return exclusion == null;
    }
}
