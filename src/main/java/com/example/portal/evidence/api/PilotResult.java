package com.example.portal.evidence.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A metric before and after a pilot.")
public class PilotResult {

    @NonNull
    @Description("The metric measured, in plain words, e.g. \"Доля пропущенных звонков, %\".")
    public String metric;

    @NonNull
    @Description("Its value before the pilot.")
    public BigDecimal before;

    @NonNull
    @Description("Its value after the pilot.")
    public BigDecimal after;

    @Description("How many clients took part; null when unknown.")
    public Integer participants;
}
