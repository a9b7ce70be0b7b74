package com.example.portal.cards.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A Job To Be Done: in what situation a client \"hires\" the feature, what they want, what they get.")
public record JobStory(
        @NonNull @Description("The situation, e.g. \"Когда клиент пропускает звонки от соискателей...\".") String situation,
        @NonNull @Description("What the client wants, e.g. \"я хочу перезвонить всем...\".") String motivation,
        @NonNull @Description("The outcome the client gets, e.g. \"чтобы не терять оплаченные отклики\".") String outcome) {
}
