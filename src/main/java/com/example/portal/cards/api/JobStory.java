package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A Job To Be Done: in what situation a client \"hires\" the feature, what they want, what they get.")
public class JobStory {

    @NonNull
    @Description("The situation, e.g. \"Когда клиент пропускает звонки от соискателей...\".")
    public String situation;

    @NonNull
    @Description("What the client wants, e.g. \"я хочу перезвонить всем...\".")
    public String motivation;

    @NonNull
    @Description("The outcome the client gets, e.g. \"чтобы не терять оплаченные отклики\".")
    public String outcome;

    public JobStory() {
    }

    public JobStory(String situation, String motivation, String outcome) {
        this.situation = situation;
        this.motivation = motivation;
        this.outcome = outcome;
    }
}
