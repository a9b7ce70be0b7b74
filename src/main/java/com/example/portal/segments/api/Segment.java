package com.example.portal.segments.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Node;
import com.example.portal.graphql.SluggedObject;

@Description("An audience: clients sharing formal signs that marketing can target and sales can recognise.")
public class Segment extends SluggedObject implements Node {

    public static final String TYPE = "Segment";

    @NonNull
    @Description("Name.")
    public String name;

    @NonNull
    @Description("Who these clients are and why they matter, in plain language.")
    public String description;

    @NonNull
    @Description("Formal criteria.")
    public SegmentCriteria criteria;
}
