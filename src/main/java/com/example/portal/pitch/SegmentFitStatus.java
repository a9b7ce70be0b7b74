package com.example.portal.pitch;

import org.eclipse.microprofile.graphql.Description;

@Description("How a client fits a segment.")
public enum SegmentFitStatus {
    @Description("Every criterion is met.")
    MATCH,
    @Description("None is failed, but some cannot be checked with the data given.")
    POSSIBLE,
    @Description("At least one criterion is not met.")
    RULED_OUT
}
