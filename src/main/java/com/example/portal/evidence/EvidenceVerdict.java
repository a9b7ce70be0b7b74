package com.example.portal.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("What a piece of evidence lets a sales rep claim, decided by fixed rules rather than by its author.")
public enum EvidenceVerdict {
    @Description("A/B test: the difference is statistically significant: p < 0.05 and the 95% interval for the "
            + "difference excludes zero. The rep may say the feature changes the metric, by as much as the interval says.")
    SIGNIFICANT,
    @Description("A/B test: the difference may be chance (p ≥ 0.05, or the 95% interval for the difference includes "
            + "zero). The rep must not say that the feature helps.")
    NOT_SIGNIFICANT,
    @Description("Too little data for any conclusion: an A/B arm with fewer than 30 users, fewer than 5 conversions "
            + "or fewer than 5 non-conversions over both arms, or a survey or interviews with fewer than 10 respondents.")
    TOO_LITTLE_DATA,
    @Description("Survey or interviews with 10 or more respondents: the satisfied share with its 95% interval. It "
            + "describes people like the respondents, not necessarily all clients.")
    ESTIMATE,
    @Description("Pilot: a change from before to after without a control group, so it cannot show that the feature "
            + "caused the change.")
    NO_CONTROL_GROUP
}
