package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("EvidencePreviewInput")
@Description("Figures of a piece of evidence not saved yet, to see what they allow to claim: the kind and the block of "
        + "that kind, with the same rules as createEvidence.")
public class EvidencePreviewInput extends EvidenceFigures {
}
