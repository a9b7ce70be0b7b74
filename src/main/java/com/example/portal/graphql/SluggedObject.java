package com.example.portal.graphql;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An editable object people name by a slug (the API side of {@code database.SluggedEntity}): declares once the slug
 * and the two timestamps every such type has, with one description each, so the types list only what is their own.
 * Every slugged type is a {@link Node}; each still says {@code implements Node} itself (see {@link IdentifiedObject}).
 */
public abstract class SluggedObject extends VersionedObject {

    @NonNull
    @Description("Stable, human-readable key; fixed once created.")
    public String slug;

    @NonNull
    @Description("When it was created.")
    public OffsetDateTime createdAt;

    @NonNull
    @Description("When it last changed.")
    public OffsetDateTime updatedAt;
}
