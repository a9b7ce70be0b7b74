package com.example.portal.evidence.api;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.cards.api.AboutCard;
import com.example.portal.evidence.EvidenceKind;
import com.example.portal.graphql.Node;

@Description("A result of a test or research about a feature: an A/B test, a survey, interviews or a pilot.")
public class Evidence extends AboutCard implements Node {

    public static final String TYPE = "Evidence";

    @NonNull
    @Description("What kind of test or research it is.")
    public EvidenceKind kind;

    @NonNull
    @Description("Title.")
    public String title;

    @NonNull
    @Description("When it was conducted.")
    public LocalDate conductedOn;

    @NonNull
    @Description("What it means, in plain language.")
    public String conclusion;

    @NonNull
    @Description("How many users, respondents or participants it rests on (0 when a pilot does not say).")
    public int sampleSize;

    @Description("Counts per arm; set for AB_TEST only.")
    public AbTestResult abTest;

    @Description("Answers; set for SURVEY and INTERVIEW only.")
    public SurveyResult survey;

    @Description("Before and after; set for PILOT only.")
    public PilotResult pilot;

    @NonNull
    @Description("What can honestly be claimed from it: verdict, a quotable Russian sentence and the numbers behind them.")
    public EvidenceStatistics statistics;
}
