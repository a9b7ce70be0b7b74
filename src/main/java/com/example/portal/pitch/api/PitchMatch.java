package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.api.FeatureCard;

@Description("A card worth offering the client, with why.")
public class PitchMatch {

    @NonNull
    @Description("The card: its jobs, talking points, objections and evidence are fields of it.")
    public FeatureCard card;

    @NonNull
    @Description("How well the client fits, 0 to 1 (see `PitchResult.ranking`).")
    public double fit;

    @NonNull
    @Description("The target segment the client fits best.")
    public SegmentFitResult bestSegment;

    @NonNull
    @Description("Every target segment of the card, checked.")
    public List<@NonNull SegmentFitResult> targetSegments;

    @NonNull
    @Description("Every anti-segment of the card, checked.")
    public List<@NonNull SegmentFitResult> antiSegments;

    @NonNull
    @Description("What to check with the client before offering, in plain Russian.")
    public List<@NonNull String> warnings;
}
