package com.example.portal.segments.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Formal signs of a client in a segment: every given criterion must hold.")
public class SegmentCriteria {

    @Ignore
    public List<Long> ownedProductDbIds;

    @Ignore
    public List<Long> notOwnedProductDbIds;

    @Description("Smallest company size (employees), inclusive; null when there is no lower bound.")
    public Integer sizeMin;

    @Description("Largest company size (employees), inclusive; null when there is no upper bound.")
    public Integer sizeMax;

    @NonNull
    @Description("Industry keys; empty means any industry.")
    public List<@NonNull String> industries;

    @NonNull
    @Description("Conditions on the client's current results.")
    public List<@NonNull MetricCondition> metricConditions;
}
