package com.example.portal.cards.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.VersionedObject;

/**
 * An editable object that belongs to one card (a piece of evidence, a release note): readable when its card is, and
 * resolved to its card in one batch through {@link #cardDbId}. Declares once what such objects say alike.
 */
public abstract class AboutCard extends VersionedObject {

    @Ignore
    public long cardDbId;

    @NonNull
    @Description("Stable, human-readable key.")
    public String slug;

    @NonNull
    @Description("When it was created.")
    public OffsetDateTime createdAt;

    @NonNull
    @Description("When it last changed.")
    public OffsetDateTime updatedAt;
}
