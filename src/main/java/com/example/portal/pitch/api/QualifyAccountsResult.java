package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.pitch.RowProblem;

@Description("Which accounts of an uploaded list qualify for which cards, and the rows that could not be read.")
public class QualifyAccountsResult {

    @NonNull
    @Description("Every readable account, in upload order.")
    public List<@NonNull AccountQualification> accounts;

    @NonNull
    @Description("Rows that could not be used, by row number; they did not stop the others.")
    public List<@NonNull RowProblem> problems;

    @NonNull
    @Description("How the ranking works and how it treats unknown data.")
    public String ranking;
}
