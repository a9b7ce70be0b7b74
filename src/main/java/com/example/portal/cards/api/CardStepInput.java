package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CardStepInput")
@Description("A workflow step on one card: submit, approve, request changes, archive or reopen.")
public class CardStepInput {

    @Id
    @NonNull
    @Description("Global id of the card.")
    public String id;

    @NonNull
    @Description("The version last read; a stale version refuses the step with STALE_VERSION.")
    public int version;

    @Description("Why, for the history (e.g. what to change), at most 2000 characters.")
    public String comment;
}
