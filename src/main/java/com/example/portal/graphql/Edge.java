package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An item of a {@link Connection} with its cursor. Each edge type declares its {@code node} with its own type (SmallRye
 * GraphQL cannot map a type variable of a superclass); the cursor is the same for all, declared and described here.
 */
public abstract class Edge {

    @NonNull
    @Description("Opaque cursor of this edge, for `after`.")
    public final String cursor;

    protected Edge(String cursor) {
        this.cursor = cursor;
    }
}
