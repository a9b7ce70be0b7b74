package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("SegmentCriteriaPreviewInput")
@Description("A segment as an editor holds it before saving: the criteria to render, and for an existing segment its id "
        + "and the name and description as edited, to tell whether saving would change it.")
public class SegmentCriteriaPreviewInput {

    @Id
    @Description("Global id of the segment being edited; left out for a new segment.")
    public String id;

    @Description("Name as edited; left out, it is taken as unchanged.")
    public String name;

    @Description("Description as edited; left out, it is taken as unchanged.")
    public String description;

    @Description("Criteria as edited, with updateSegment's rules; left out, any client fits.")
    public SegmentCriteriaInput criteria;
}
