package com.example.portal.graphql;

import java.util.function.Supplier;

/**
 * The payload of a mutation that stores one object: the object, or the refusals. The object is kept here and each
 * subclass publishes it under its own name and description with a getter (e.g. {@code getProduct()} for
 * {@code ProductPayload.product}), because the schema names it per type; the field here is private, so the schema
 * does not see it.
 */
public abstract class StoredPayload<T> extends MutationPayload {

    private T stored;

    /** A payload of the given type carrying what was stored. */
    public static <T, P extends StoredPayload<T>> P of(Supplier<P> payloadType, T stored) {
        P payload = payloadType.get();
        ((StoredPayload<T>) payload).stored = stored;
        return payload;
    }

    /** The object as stored; null when the input was refused. */
    protected T stored() {
        return stored;
    }
}
