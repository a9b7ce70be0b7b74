package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.evidence.EvidenceKind;

/**
 * The figures of a piece of evidence: its kind and the block of that kind. Saving evidence (EvidenceInputFields) and
 * previewing unsaved figures (EvidencePreviewInput) take them with the same rules and descriptions.
 */
public abstract class EvidenceFigures {

    @Description("Kind; the matching block (abTest, survey or pilot) must be given, the others left out.")
    public EvidenceKind kind;

    @Description("Counts per arm, for AB_TEST.")
    public AbTestInput abTest;

    @Description("Answers, for SURVEY and INTERVIEW.")
    public SurveyInput survey;

    @Description("Before and after, for PILOT.")
    public PilotInput pilot;
}
