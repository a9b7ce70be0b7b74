package com.example.portal.evidence.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.evidence.EvidenceVerdict;

@Description("What can honestly be claimed from a piece of evidence, computed from its counts: a verdict, a sentence "
        + "a sales rep can quote, and the numbers behind them. Rates and shares are percentages (0 to 100); "
        + "differences between them are percentage points. Fields of other kinds of evidence are null.")
public class EvidenceStatistics {

    @NonNull
    @Description("What the evidence allows to claim.")
    public EvidenceVerdict verdict;

    @NonNull
    @Description("A plain Russian sentence a sales rep can quote as is; it never claims more than the verdict.")
    public String claim;

    @NonNull
    @Description("The statistical methods used, in plain English.")
    public String method;

    @Description("AB_TEST: conversion rate of the control arm (without the feature), in percent.")
    public Double controlRate;

    @Description("AB_TEST: conversion rate of the variant arm (with the feature), in percent.")
    public Double variantRate;

    @Description("AB_TEST: variant rate minus control rate, in percentage points.")
    public Double absoluteUpliftPoints;

    @Description("AB_TEST: the uplift relative to the control rate, in percent; null when the control arm had no "
            + "conversions.")
    public Double relativeUpliftPercent;

    @Description("AB_TEST: 95% interval of the uplift (variant minus control), in percentage points: Newcombe's hybrid "
            + "score interval.")
    public ConfidenceInterval differenceInterval;

    @Description("AB_TEST: two-sided p-value of the difference: the two-proportion z-test, or Fisher's exact test when "
            + "an expected count is below 5.")
    public Double pValue;

    @Description("SURVEY and INTERVIEW: satisfied respondents, in percent.")
    public Double satisfiedShare;

    @Description("SURVEY and INTERVIEW: 95% Wilson score interval of the satisfied share, in percent.")
    public ConfidenceInterval interval;

    @Description("PILOT: the value after minus the value before, in the pilot metric's unit.")
    public BigDecimal change;

    @Description("PILOT: the change relative to the value before, in percent; null when that value is 0.")
    public Double relativeChangePercent;
}
