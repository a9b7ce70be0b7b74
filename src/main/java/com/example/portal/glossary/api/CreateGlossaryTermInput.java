package com.example.portal.glossary.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateGlossaryTermInput")
@Description("A new glossary term. slug, term, definition and kind are required.")
public class CreateGlossaryTermInput extends GlossaryTermInputFields {

    @NonNull
    @Description("Stable key: lower-case latin letters, digits and single hyphens, at most 80 characters.")
    public String slug;
}
