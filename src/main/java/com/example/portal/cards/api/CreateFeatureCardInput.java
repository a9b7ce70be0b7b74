package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateFeatureCardInput")
@Description("A new feature card. slug, title, summary and productSlug are required.")
public class CreateFeatureCardInput extends FeatureCardInputFields {

    @NonNull
    @Description("Stable key: lower-case latin letters, digits and single hyphens, at most 80 characters. Cannot change later.")
    public String slug;
}
