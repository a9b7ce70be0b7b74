package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Published cards ranked by how well a client fits them, and those excluded with reasons.")
public class PitchResult {

    @NonNull
    @Description("Cards to offer, best fit first.")
    public List<@NonNull PitchMatch> matches;

    @NonNull
    @Description("Published cards not to offer, with the reason.")
    public List<@NonNull PitchExclusion> excluded;

    @NonNull
    @Description("How the ranking works and how it treats unknown data.")
    public String ranking;
}
