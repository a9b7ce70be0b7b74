package com.example.portal.evidence.api;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.evidence.EvidenceKind;

@Input("UpdateEvidenceInput")
@Description("Changes to a piece of evidence. Fields left out (null) stay as they are; a given block replaces the stored one.")
public class UpdateEvidenceInput {

    @Id
    @NonNull
    @Description("Global id of the evidence.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the change with STALE_VERSION.")
    public int version;

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
