package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateSegmentInput")
@Description("Changes to a segment. Fields left out (null) stay as they are.")
public class UpdateSegmentInput {

    @Id
    @NonNull
    @Description("Global id of the segment.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the change with STALE_VERSION.")
    public int version;

    @Description("Name, at most 200 characters.")
    public String name;

    @Description("Who these clients are, at most 5000 characters.")
    public String description;

    @Description("Formal criteria; when given, they replace the stored ones whole, so a criterion left out "
            + "(a size bound, a list) is removed.")
    public SegmentCriteriaInput criteria;
}
