package com.example.portal.releases.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateReleaseNoteInput")
@Description("A new release note. slug, cardSlug, publishedOn, title, text and audiences are required.")
public class CreateReleaseNoteInput extends ReleaseNoteInputFields {

    @NonNull
    @Description("Stable key: lower-case latin letters, digits and single hyphens, at most 80 characters.")
    public String slug;
}
