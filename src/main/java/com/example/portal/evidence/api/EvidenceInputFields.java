package com.example.portal.evidence.api;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.evidence.EvidenceKind;

/**
 * What creating and updating a piece of evidence both take, with one description each. CreateEvidenceInput adds the
 * slug and UpdateEvidenceInput the id and version; null means "not given" (on update: stays as it is).
 */
public abstract class EvidenceInputFields {

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
