package com.example.portal.cards.api;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import com.example.portal.glossary.api.JargonWarning;
import com.example.portal.graphql.MutationPayload;
import com.example.portal.graphql.StoredPayload;
import com.example.portal.graphql.UserError;

@Description("Result of creating or updating a feature card.")
public class FeatureCardPayload extends StoredPayload<FeatureCard> {

    @Description("The card as stored; null when the input was refused.")
    public FeatureCard getCard() {
        return stored();
    }

    @NonNull
    @Description("Jargon in the card's texts after this change, as annotate reports it (see FeatureCard.jargon); for an edit "
            + "of a published card, in the pending edit's texts. Empty for refused input. Warnings, not errors: the change is "
            + "stored all the same.")
    public List<@NonNull JargonWarning> warnings = List.of();

    @Description("When the change was refused with STALE_VERSION: the card as stored now, with who saved it and when "
            + "(updatedBy, updatedAt) and its version, so a client can explain and keep the user's text; null otherwise.")
    public FeatureCard current;

    /** The texts the warnings are about: the card's, or a pending edit's. */
    @Ignore
    public FeatureCard checked;

    public static FeatureCardPayload of(FeatureCard card) {
        return of(card, card);
    }

    public static FeatureCardPayload of(FeatureCard card, FeatureCard checked) {
        FeatureCardPayload payload = StoredPayload.of(FeatureCardPayload::new, card);
        payload.checked = checked;
        return payload;
    }

    public static FeatureCardPayload refused(List<UserError> errors) {
        return MutationPayload.refused(FeatureCardPayload::new, errors);
    }
}
