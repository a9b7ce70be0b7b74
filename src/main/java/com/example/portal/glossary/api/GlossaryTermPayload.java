package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.StoredPayload;

@Description("Result of creating or updating a glossary term.")
public class GlossaryTermPayload extends StoredPayload<GlossaryTerm> {

    @Description("The term as stored; null when the input was refused.")
    public GlossaryTerm getTerm() {
        return stored();
    }
}
