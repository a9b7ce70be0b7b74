package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Answers of a survey or interviews.")
public class SurveyResult {

    @NonNull
    @Description("How many people answered.")
    public int respondents;

    @NonNull
    @Description("How many of them were satisfied.")
    public int satisfied;
}
