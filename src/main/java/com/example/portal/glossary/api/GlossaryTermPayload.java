package com.example.portal.glossary.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a glossary term.")
public class GlossaryTermPayload {

    @Description("The term as stored; null when the input was refused.")
    public GlossaryTerm term;

    @NonNull
    @Description("Why the input was refused; empty on success. Nothing is stored when this is not empty.")
    public List<@NonNull UserError> userErrors = List.of();

    public static GlossaryTermPayload of(GlossaryTerm term) {
        GlossaryTermPayload payload = new GlossaryTermPayload();
        payload.term = term;
        return payload;
    }

    public static GlossaryTermPayload refused(List<UserError> errors) {
        GlossaryTermPayload payload = new GlossaryTermPayload();
        payload.userErrors = errors;
        return payload;
    }
}
