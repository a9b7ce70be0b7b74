package com.example.portal.pitch;

import java.util.List;

/** How a client fits one segment, criterion by criterion, with a score in [0, 1]. */
public record SegmentFit(SegmentView segment, SegmentFitStatus status, double score, List<CriterionCheck> criteria) {

    /** The share of criteria met, counting an unknown one as a quarter; 0 when ruled out. */
    public static final double UNKNOWN_WEIGHT = 0.25;

    public long met() {
        return criteria.stream().filter(c -> c.status() == CriterionStatus.MET).count();
    }
}
