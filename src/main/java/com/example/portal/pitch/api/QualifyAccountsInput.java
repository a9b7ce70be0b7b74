package com.example.portal.pitch.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("QualifyAccountsInput")
@Description("An account list to match against the published cards: at most 5000 accounts (and the 1 MB request limit).")
public class QualifyAccountsInput {

    @NonNull
    @Description("CSV or JSON.")
    public AccountListFormat format;

    @NonNull
    @Description("The list itself, as text.")
    public String data;
}
