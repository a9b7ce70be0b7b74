package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.segments.ComparisonOperator;

@Input("MetricConditionInput")
@Description("A condition on a client's metric.")
public class MetricConditionInput {

    @NonNull
    @Description("Metric key in snake case (lower-case latin letters, digits, underscores), at most 80 characters.")
    public String metric;

    @NonNull
    @Description("Comparison.")
    public ComparisonOperator operator;

    @NonNull
    @Description("Threshold, above -10^14 and below 10^14; kept to 4 decimals.")
    public Double threshold;
}
