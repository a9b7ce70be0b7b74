package com.example.portal.evidence.api;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.evidence.EvidenceKind;

@Input("CreateEvidenceInput")
@Description("A new piece of evidence. slug, cardSlug, kind, title, conductedOn, conclusion and the block of its kind are required.")
public class CreateEvidenceInput {

    @NonNull
    @Description("Stable key: lower-case latin letters, digits and single hyphens, at most 80 characters.")
    public String slug;

    @Description("Slug of the card the evidence is about.")
    public String cardSlug;

    @Description("Kind; the matching block (abTest, survey or pilot) must be given, the others left out.")
    public EvidenceKind kind;

    @Description("Title, at most 200 characters.")
    public String title;

    @Description("When it was conducted; not in the future.")
    public LocalDate conductedOn;

    @Description("What it means, in plain language, at most 5000 characters.")
    public String conclusion;

    @Description("Counts per arm, for AB_TEST.")
    public AbTestInput abTest;

    @Description("Answers, for SURVEY and INTERVIEW.")
    public SurveyInput survey;

    @Description("Before and after, for PILOT.")
    public PilotInput pilot;
}
