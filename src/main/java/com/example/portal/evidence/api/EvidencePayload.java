package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.StoredPayload;

@Description("Result of creating or updating a piece of evidence.")
public class EvidencePayload extends StoredPayload<Evidence> {

    @Description("The evidence as stored; null when the input was refused.")
    public Evidence getEvidence() {
        return stored();
    }
}
