package com.example.portal.graphql;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What every create/update payload shares: the refusals, with one description across the schema. A subclass adds
 * what it reports on success (the schema lists a type's fields alphabetically, so inheriting changes nothing there);
 * one that stores a single object extends {@link StoredPayload}.
 */
public abstract class MutationPayload {

    @NonNull
    @Description("Why the input was refused; empty on success. Nothing is stored when this is not empty.")
    public List<@NonNull UserError> userErrors = List.of();

    /**
     * The payload of a refused input, of any payload type: {@code WriteTransaction} and the argument checks build
     * refusals through this, so a payload class needs no factory of its own.
     */
    public static <P extends MutationPayload> P refused(Supplier<P> payloadType, List<UserError> errors) {
        P payload = payloadType.get();
        payload.userErrors = errors;
        return payload;
    }
}
