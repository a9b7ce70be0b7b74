package com.example.portal.pitch;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a card can be pitched as it is, or only after asking the client something.")
public enum PitchVerdict {
    @Description("The client meets every criterion of a target segment and may belong to no anti-segment.")
    FITS,
    @Description("It may fit: some criterion is unknown; `questions` says what to ask the client.")
    ASK_CLIENT
}
