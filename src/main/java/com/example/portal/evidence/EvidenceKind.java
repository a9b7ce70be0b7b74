package com.example.portal.evidence;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of test or research a piece of evidence comes from.")
public enum EvidenceKind {
    @Description("An A/B test: conversions of a control arm and a variant arm.")
    AB_TEST,
    @Description("A survey: how many respondents, how many satisfied.")
    SURVEY,
    @Description("Interviews: how many people, how many satisfied.")
    INTERVIEW,
    @Description("A pilot: a metric before and after, for a group of participants.")
    PILOT
}
