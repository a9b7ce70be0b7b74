package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateEvidenceInput")
@Description("A new piece of evidence. slug, cardSlug, kind, title, conductedOn, conclusion and the block of its kind are required.")
public class CreateEvidenceInput extends EvidenceInputFields {

    @NonNull
    @Description("Stable key: lower-case latin letters, digits and single hyphens, at most 80 characters.")
    public String slug;
}
