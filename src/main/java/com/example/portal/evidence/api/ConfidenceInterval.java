package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A 95% confidence interval: the range of true values the data are compatible with.")
public record ConfidenceInterval(
        @NonNull @Description("Lower bound, in the unit of the field that holds the interval.") double low,
        @NonNull @Description("Upper bound, in the unit of the field that holds the interval.") double high) {
}
