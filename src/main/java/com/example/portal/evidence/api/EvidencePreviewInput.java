package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.evidence.EvidenceKind;

@Input("EvidencePreviewInput")
@Description("Figures of a piece of evidence not saved yet, to see what they allow to claim: the kind and the block of "
        + "that kind, with the same rules as createEvidence.")
public class EvidencePreviewInput {

    @Description("Kind; the matching block (abTest, survey or pilot) must be given, the others left out.")
    public EvidenceKind kind;

    @Description("Counts per arm, for AB_TEST.")
    public AbTestInput abTest;

    @Description("Answers, for SURVEY and INTERVIEW.")
    public SurveyInput survey;

    @Description("Before and after, for PILOT.")
    public PilotInput pilot;
}
