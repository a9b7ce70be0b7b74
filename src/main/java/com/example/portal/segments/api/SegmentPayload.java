package com.example.portal.segments.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

import com.example.portal.graphql.MutationPayload;
import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a segment.")
public class SegmentPayload extends MutationPayload {

    @Description("The segment as stored; null when the input was refused.")
    public Segment segment;

    public static SegmentPayload of(Segment segment) {
        SegmentPayload payload = new SegmentPayload();
        payload.segment = segment;
        return payload;
    }

    public static SegmentPayload refused(List<UserError> errors) {
        return refusing(new SegmentPayload(), errors);
    }
}
