package com.example.portal.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every create/update payload shares: the refusals, with one description across the schema. A subclass adds
 * the object it stored (the schema lists a type's fields alphabetically, so inheriting changes nothing there).
 */
public abstract class MutationPayload {

    @NonNull
    @Description("Why the input was refused; empty on success. Nothing is stored when this is not empty.")
    public List<@NonNull UserError> userErrors = List.of();

    /** For the subclasses' {@code refused} factories: the payload of a refused input. */
    protected static <P extends MutationPayload> P refusing(P payload, List<UserError> errors) {
        payload.userErrors = errors;
        return payload;
    }
}
