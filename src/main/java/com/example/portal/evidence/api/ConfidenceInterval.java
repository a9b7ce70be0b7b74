package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A 95% confidence interval: the range of true values the data are compatible with.")
public class ConfidenceInterval {

    @NonNull
    @Description("Lower bound, in the unit of the field that holds the interval.")
    public double low;

    @NonNull
    @Description("Upper bound, in the unit of the field that holds the interval.")
    public double high;

    public ConfidenceInterval(double low, double high) {
        this.low = low;
        this.high = high;
    }
}
