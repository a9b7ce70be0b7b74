package com.example.portal.pitch;

import java.util.List;

/**
 * The matcher's verdict on one card for one client: offered with a fit, a verdict, a one-line reason and the
 * questions to ask, or excluded with a reason.
 */
public record PitchDecision(CardView card, double fit, SegmentFit best, List<SegmentFit> targets, List<SegmentFit> antiSegments,
        List<String> warnings, PitchVerdict verdict, String reason, List<String> questions, ExclusionReason exclusion,
        String explanation) {

    public boolean offered() {
        return exclusion == null;
    }
}
