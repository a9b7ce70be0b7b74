package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.segments.ComparisonOperator;

@Description("A condition on a client's current result in the product, e.g. share of missed calls > 20.")
public record MetricCondition(
        @NonNull @Description("Metric key in snake case, e.g. \"missed_call_share\".") String metric,
        @NonNull @Description("How the client's value is compared with the threshold.") ComparisonOperator operator,
        @NonNull @Description("The threshold.") double threshold) {
}
