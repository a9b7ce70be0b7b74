package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.segments.ComparisonOperator;

@Description("A condition on a client's current result in the product, e.g. share of missed calls > 20.")
public class MetricCondition {

    @NonNull
    @Description("Metric key in snake case, e.g. \"missed_call_share\".")
    public String metric;

    @NonNull
    @Description("How the client's value is compared with the threshold.")
    public ComparisonOperator operator;

    @NonNull
    @Description("The threshold.")
    public double threshold;

    public MetricCondition() {
    }

    public MetricCondition(String metric, ComparisonOperator operator, double threshold) {
        this.metric = metric;
        this.operator = operator;
        this.threshold = threshold;
    }
}
