package com.example.portal.pitch.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One of a client's metric values, e.g. monthly_responses = 250.")
public record ClientMetric(
        @NonNull @Description("Metric key in snake case.") String metric,
        @NonNull @Description("The value (percent for shares).") double value) {
}
