package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Ignore;

import com.example.portal.graphql.SluggedObject;

/**
 * An editable object that belongs to one card (a piece of evidence, a release note): readable when its card is, and
 * resolved to its card in one batch through {@link #cardDbId}.
 */
public abstract class AboutCard extends SluggedObject {

    @Ignore
    public long cardDbId;
}
