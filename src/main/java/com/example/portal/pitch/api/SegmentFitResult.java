package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.pitch.CriterionCheck;
import com.example.portal.pitch.SegmentFitStatus;
import com.example.portal.segments.api.Segment;

@Description("How the client fits one segment, criterion by criterion.")
public class SegmentFitResult {

    @NonNull
    @Description("The segment.")
    public Segment segment;

    @NonNull
    @Description("Match, possible (some data unknown) or ruled out.")
    public SegmentFitStatus status;

    @NonNull
    @Description("Share of criteria met, an unknown one counting a quarter; 0 when ruled out.")
    public double score;

    @NonNull
    @Description("Each criterion with the client's value.")
    public List<@NonNull CriterionCheck> criteria;
}
