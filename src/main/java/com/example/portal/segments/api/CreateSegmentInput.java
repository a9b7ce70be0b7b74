package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateSegmentInput")
@Description("A new segment. slug and name are required.")
public class CreateSegmentInput {

    @NonNull
    @Description("Stable key: lower-case latin letters, digits and single hyphens, at most 80 characters.")
    public String slug;

    @Description("Name, at most 200 characters.")
    public String name;

    @Description("Who these clients are, at most 5000 characters.")
    public String description;

    @Description("Formal criteria; left out, any client fits.")
    public SegmentCriteriaInput criteria;
}
