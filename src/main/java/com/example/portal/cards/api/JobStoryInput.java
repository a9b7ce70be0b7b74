package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("JobStoryInput")
@Description("A Job To Be Done statement; each part at most 1000 characters.")
public class JobStoryInput {

    @NonNull
    @Description("The situation (\"Когда ...\").")
    public String situation;

    @NonNull
    @Description("What the client wants (\"я хочу ...\").")
    public String motivation;

    @NonNull
    @Description("The outcome (\"чтобы ...\").")
    public String outcome;
}
