package com.example.portal.segments.api;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.Node;
import com.example.portal.graphql.VersionedObject;

@Description("An audience: clients sharing formal signs that marketing can target and sales can recognise.")
public class Segment extends VersionedObject implements Node {

    public static final String TYPE = "Segment";

    @NonNull
    @Description("Stable, human-readable key, e.g. \"missing-calls-no-tracking\".")
    public String slug;

    @NonNull
    @Description("Name.")
    public String name;

    @NonNull
    @Description("Who these clients are and why they matter, in plain language.")
    public String description;

    @NonNull
    @Description("Formal criteria.")
    public SegmentCriteria criteria;

    @NonNull
    @Description("When the segment was created.")
    public OffsetDateTime createdAt;

    @NonNull
    @Description("When the segment last changed.")
    public OffsetDateTime updatedAt;

    /** Redeclared so the type keeps its own description: SmallRye would take the Node interface's instead. */
    @Override
    @Id
    @NonNull
    @Description("Globally unique, opaque id.")
    public String getId() {
        return super.getId();
    }
}
