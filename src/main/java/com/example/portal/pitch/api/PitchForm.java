package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What a client-profile form needs to ask: every metric and industry the published cards' segments use, "
        + "so the form can take every value the pitch results may ask for.")
public class PitchForm {

    @NonNull
    @Description("Every metric a segment of a published card has a condition on, by key.")
    public List<@NonNull PitchMetric> metrics;

    @NonNull
    @Description("Industries a client can be in: those of the segments first, then the others with a Russian name.")
    public List<@NonNull PitchIndustry> industries;
}
