package com.example.portal.evidence.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PilotInput")
@Description("A metric before and after a pilot.")
public class PilotInput {

    @NonNull
    @Description("The metric, at most 200 characters.")
    public String metric;

    @NonNull
    @Description("Value before.")
    public BigDecimal before;

    @NonNull
    @Description("Value after.")
    public BigDecimal after;

    @Description("How many clients took part, 1 or more.")
    public Integer participants;
}
