package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;

@Description("What segments can be ordered by.")
public enum SegmentOrderField {
    @Description("By name.")
    NAME,
    @Description("By creation time.")
    CREATED_AT,
    @Description("By last change.")
    UPDATED_AT
}
