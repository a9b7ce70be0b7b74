package com.example.portal.evidence.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a piece of evidence.")
public class EvidencePayload {

    @Description("The evidence as stored; null when the input was refused.")
    public Evidence evidence;

    @NonNull
    @Description("Why the input was refused; empty on success. Nothing is stored when this is not empty.")
    public List<@NonNull UserError> userErrors = List.of();

    public static EvidencePayload of(Evidence evidence) {
        EvidencePayload payload = new EvidencePayload();
        payload.evidence = evidence;
        return payload;
    }

    public static EvidencePayload refused(List<UserError> errors) {
        EvidencePayload payload = new EvidencePayload();
        payload.userErrors = errors;
        return payload;
    }
}
