package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A client's objection with the honest answer to give.")
public class Objection {

    @NonNull
    @Description("What the client says, e.g. \"Можно ли это отключить?\".")
    public String objection;

    @NonNull
    @Description("The answer a sales rep can give.")
    public String answer;

    public Objection() {
    }

    public Objection(String objection, String answer) {
        this.objection = objection;
        this.answer = answer;
    }
}
