package com.example.portal.evidence.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.MutationPayload;
import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a piece of evidence.")
public class EvidencePayload extends MutationPayload {

    @Description("The evidence as stored; null when the input was refused.")
    public Evidence evidence;

    public static EvidencePayload of(Evidence evidence) {
        EvidencePayload payload = new EvidencePayload();
        payload.evidence = evidence;
        return payload;
    }

    public static EvidencePayload refused(List<UserError> errors) {
        return refusing(new EvidencePayload(), errors);
    }
}
