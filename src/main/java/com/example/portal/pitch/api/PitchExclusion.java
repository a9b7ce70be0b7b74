package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.api.FeatureCard;
import com.example.portal.pitch.ExclusionReason;

@Description("A published card not to offer the client, and why.")
public class PitchExclusion {

    @NonNull
    @Description("The card.")
    public FeatureCard card;

    @NonNull
    @Description("Why it is not offered.")
    public ExclusionReason reason;

    @NonNull
    @Description("The reason in plain Russian.")
    public String explanation;

    @NonNull
    @Description("Every anti-segment of the card, checked.")
    public List<@NonNull SegmentFitResult> antiSegments;
}
