package com.example.portal.search.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A facet value and how many hits have it.")
public record FacetValue(
        @NonNull @Description("The value (a type, or a product, segment, funnel stage or tag key).") String value,
        @NonNull @Description("Hits with this value.") long count) {
}
