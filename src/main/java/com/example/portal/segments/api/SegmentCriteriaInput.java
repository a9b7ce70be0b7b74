package com.example.portal.segments.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SegmentCriteriaInput")
@Description("Formal criteria of a segment; leave a criterion out when any value fits.")
public class SegmentCriteriaInput {

    @Description("Smallest company size (employees), 0 or more.")
    public Integer sizeMin;

    @Description("Largest company size (employees), not below sizeMin.")
    public Integer sizeMax;

    @Description("Industry keys (lower-case latin, digits, '_' or '-'), at most 30, no repeats.")
    public List<@NonNull String> industries;

    @Description("Slugs of products the client has, at most 20, no repeats.")
    public List<@NonNull String> productsOwned;

    @Description("Slugs of products the client does not have, at most 20, no repeats.")
    public List<@NonNull String> productsNotOwned;

    @Description("Conditions on the client's metrics, at most 20.")
    public List<@NonNull MetricConditionInput> metricConditions;
}
