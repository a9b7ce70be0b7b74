package com.example.portal.glossary.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.MutationPayload;
import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a glossary term.")
public class GlossaryTermPayload extends MutationPayload {

    @Description("The term as stored; null when the input was refused.")
    public GlossaryTerm term;

    public static GlossaryTermPayload of(GlossaryTerm term) {
        GlossaryTermPayload payload = new GlossaryTermPayload();
        payload.term = term;
        return payload;
    }

    public static GlossaryTermPayload refused(List<UserError> errors) {
        return refusing(new GlossaryTermPayload(), errors);
    }
}
