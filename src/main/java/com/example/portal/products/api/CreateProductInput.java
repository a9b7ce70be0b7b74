package com.example.portal.products.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateProductInput")
@Description("A new product.")
public class CreateProductInput {

    @NonNull
    @Description("Stable key: lower-case latin letters, digits and single hyphens, at most 80 characters. Cannot change later.")
    public String slug;

    @NonNull
    @Description("Name, at most 200 characters.")
    public String name;

    @Description("What the product is, at most 5000 characters.")
    public String description;
}
