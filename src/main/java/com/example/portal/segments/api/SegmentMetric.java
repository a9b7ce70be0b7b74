package com.example.portal.segments.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A client metric that segment criteria can compare, with the Russian words its sentence uses.")
public record SegmentMetric(
        @NonNull @Description("The key used in metric conditions, snake case, e.g. \"missed_call_share\".") String key,
        @NonNull @Description("Its Russian name as the criteria sentence reads it, e.g. «доля пропущенных звонков».") String name,
        @NonNull @Description("The unit written after a threshold (\"%\"), or empty.") String unit) {
}
