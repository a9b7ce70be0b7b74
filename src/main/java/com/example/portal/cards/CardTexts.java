package com.example.portal.cards;

import java.util.ArrayList;
import java.util.List;

import com.example.portal.cards.api.FeatureCard;
import com.example.portal.cards.api.JobStory;
import com.example.portal.cards.api.Objection;
import com.example.portal.glossary.FieldText;

/** A card's prose, field by field, with the paths the GraphQL type uses, for the glossary to read. */
final class CardTexts {

    private CardTexts() {
    }

    static List<FieldText> of(FeatureCard card) {
        List<FieldText> texts = new ArrayList<>();
        texts.add(new FieldText(List.of("title"), card.title));
        texts.add(new FieldText(List.of("summary"), card.summary));
        texts.add(new FieldText(List.of("body"), card.body));
        for (int i = 0; i < card.jobs.size(); i++) {
            JobStory job = card.jobs.get(i);
            String index = String.valueOf(i);
            texts.add(new FieldText(List.of("jobs", index, "situation"), job.situation()));
            texts.add(new FieldText(List.of("jobs", index, "motivation"), job.motivation()));
            texts.add(new FieldText(List.of("jobs", index, "outcome"), job.outcome()));
        }
        for (int i = 0; i < card.talkingPoints.size(); i++) {
            texts.add(new FieldText(List.of("talkingPoints", String.valueOf(i)), card.talkingPoints.get(i)));
        }
        for (int i = 0; i < card.objections.size(); i++) {
            Objection objection = card.objections.get(i);
            String index = String.valueOf(i);
            texts.add(new FieldText(List.of("objections", index, "objection"), objection.objection()));
            texts.add(new FieldText(List.of("objections", index, "answer"), objection.answer()));
        }
        return texts;
    }
}
