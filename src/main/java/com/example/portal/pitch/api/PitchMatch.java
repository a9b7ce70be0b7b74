package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.api.FeatureCard;
import com.example.portal.pitch.PitchVerdict;

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

    @NonNull
    @Description("FITS: pitch it; ASK_CLIENT: it may fit, ask the `questions` first.")
    public PitchVerdict verdict;

    @NonNull
    @Description("Why, in one line of plain Russian, e.g. «Клиент из сегмента «Массовый найм…»: …».")
    public String reason;

    @NonNull
    @Description("The questions to ask the client to settle what the profile leaves unknown, e.g. «Сколько у вас откликов в месяц?»; empty for FITS.")
    public List<@NonNull String> questions;
}
