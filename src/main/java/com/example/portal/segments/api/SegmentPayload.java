package com.example.portal.segments.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a segment.")
public class SegmentPayload {

    @Description("The segment as stored; null when the input was refused.")
    public Segment segment;

    @NonNull
    @Description("Why the input was refused; empty on success. Nothing is stored when this is not empty.")
    public List<@NonNull UserError> userErrors = List.of();

    public static SegmentPayload of(Segment segment) {
        SegmentPayload payload = new SegmentPayload();
        payload.segment = segment;
        return payload;
    }

    public static SegmentPayload refused(List<UserError> errors) {
        SegmentPayload payload = new SegmentPayload();
        payload.userErrors = errors;
        return payload;
    }
}
