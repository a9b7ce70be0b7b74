package com.example.portal.evidence.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SurveyInput")
@Description("Answers of a survey or interviews: respondents at least 1, satisfied from 0 to respondents.")
public class SurveyInput {

    @NonNull
    @Description("How many people answered.")
    public Integer respondents;

    @NonNull
    @Description("How many of them were satisfied.")
    public Integer satisfied;
}
