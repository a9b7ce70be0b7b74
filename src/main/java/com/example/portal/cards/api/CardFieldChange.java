package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One field of a card as a reviewer reads it: the published text, the proposed text and the word-level "
        + "difference. Lists are one item a line; products, segments and glossary terms by name.")
public class CardFieldChange {

    @NonNull
    @Description("The field's name, as in FeatureCard (e.g. \"summary\", \"targetSegments\", \"rollout\").")
    public String field;

    @NonNull
    @Description("The field's name in Russian, for the screen (e.g. «Кратко»).")
    public String label;

    @NonNull
    @Description("The published text; empty for a first publication.")
    public String before;

    @NonNull
    @Description("The proposed text.")
    public String after;

    @NonNull
    @Description("The difference word by word, in reading order: unchanged, removed and added runs of text.")
    public List<@NonNull TextChange> parts;

    public CardFieldChange(String field, String label, String before, String after, List<TextChange> parts) {
        this.field = field;
        this.label = label;
        this.before = before;
        this.after = after;
        this.parts = parts;
    }
}
