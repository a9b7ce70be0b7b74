package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ObjectionInput")
@Description("An objection (at most 500 characters) with its answer (at most 2000).")
public class ObjectionInput {

    @NonNull
    @Description("What the client says.")
    public String objection;

    @NonNull
    @Description("The honest answer.")
    public String answer;
}
