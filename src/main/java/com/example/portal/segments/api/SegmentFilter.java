package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SegmentFilter")
@Description("Which segments to list; every given condition must hold.")
public class SegmentFilter {

    @Description("Segments whose criteria name this product (owned or not owned), by slug.")
    public String productSlug;

    @Description("Segments that include this industry key.")
    public String industry;
}
