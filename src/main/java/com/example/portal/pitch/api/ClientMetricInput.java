package com.example.portal.pitch.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ClientMetricInput")
@Description("One of the client's current results, e.g. missed_call_share = 35.")
public class ClientMetricInput {

    @NonNull
    @Description("Metric key in snake case, as in segment criteria (missed_call_share, open_vacancies, days_since_signup, ...).")
    public String metric;

    @NonNull
    @Description("The client's value (percent for shares).")
    public Double value;
}
