package com.example.portal.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An API object that clients name by a global id: its database id (kept out of the schema) encoded with its GraphQL
 * type name ({@link GlobalId}). That name is the class's simple name, as SmallRye names an output type without
 * {@code @Type}; each subclass also keeps it as its {@code TYPE} constant, which its service decodes ids with
 * ({@code IdentifiedObjectTest} checks the two agree). A subclass declares {@code implements Node} itself when
 * {@code node(id:)} can fetch it: the schema says so per type.
 */
public abstract class IdentifiedObject {

    @Ignore
    public long dbId;

    @Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return GlobalId.encode(getClass().getSimpleName(), dbId);
    }
}
