package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.glossary.api.JargonWarning;
import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a feature card.")
public class FeatureCardPayload {

    @Description("The card as stored; null when the input was refused.")
    public FeatureCard card;

    @NonNull
    @Description("Why the input was refused; empty on success. Nothing is stored when this is not empty.")
    public List<@NonNull UserError> userErrors = List.of();

    @NonNull
    @Description("Jargon in a card that is in review or published after this change (see FeatureCard.jargon); empty for drafts, "
            + "archived cards and refused input. Warnings, not errors: the change is stored all the same.")
    public List<@NonNull JargonWarning> warnings = List.of();

    public static FeatureCardPayload of(FeatureCard card) {
        FeatureCardPayload payload = new FeatureCardPayload();
        payload.card = card;
        return payload;
    }

    public static FeatureCardPayload refused(List<UserError> errors) {
        FeatureCardPayload payload = new FeatureCardPayload();
        payload.userErrors = errors;
        return payload;
    }
}
