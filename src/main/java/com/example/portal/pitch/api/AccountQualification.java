package com.example.portal.pitch.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The cards one account of an uploaded list qualifies for.")
public class AccountQualification {

    @NonNull
    @Description("Row of the account in the upload.")
    public int row;

    @NonNull
    @Description("The account as named in the upload.")
    public String account;

    @NonNull
    @Description("Cards to offer, best fit first, with the reasons; empty when none fits.")
    public List<@NonNull PitchMatch> matches;
}
