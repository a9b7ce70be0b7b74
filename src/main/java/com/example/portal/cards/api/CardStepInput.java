package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import com.example.portal.graphql.VersionedInput;

@Input("CardStepInput")
@Description("A workflow step on one card: submit, approve, request changes, archive or reopen.")
public class CardStepInput extends VersionedInput {

    @Description("Why, for the history (e.g. what to change), at most 2000 characters.")
    public String comment;
}
