package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.StoredPayload;

@Description("Result of creating or updating a segment.")
public class SegmentPayload extends StoredPayload<Segment> {

    @Description("The segment as stored; null when the input was refused.")
    public Segment getSegment() {
        return stored();
    }
}
