package com.example.portal.feedback;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import com.example.portal.cards.FeatureCardService;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.feedback.api.CardFeedback;
import com.example.portal.feedback.api.CardFeedbackConnection;
import com.example.portal.feedback.api.CardFeedbackPayload;
import com.example.portal.feedback.api.SendCardFeedbackInput;
import com.example.portal.graphql.PageRequest;
import com.example.portal.security.Allowed;
import com.example.portal.security.Role;

@GraphQLApi
@Allowed({ Role.SALES, Role.MARKETING, Role.PM })
public class CardFeedbackGraphQLApi {

    @Inject
    CardFeedbackService service;

    @Inject
    FeatureCardService cards;

    @Mutation("sendCardFeedback")
    @Description("Reports a problem on a card, or asks its owner a question. The owner reads it on their PM page "
            + "(cardFeedback); feedback on a card without an owner reaches every PM.")
    public @NonNull CardFeedbackPayload sendCardFeedback(@NonNull @Description("The card, the kind and the message.") SendCardFeedbackInput input) {
        return service.send(input);
    }

    @Allowed(Role.PM)
    @Query("cardFeedback")
    @Description("Problem reports and questions about the cards an owner answers for (their own and those without an "
            + "owner), newest first.")
    public @NonNull CardFeedbackConnection cardFeedback(
            @Description("The owner's login; the signed-in user when left out.") String owner,
            @Description("Page size, 0 to 100 (default 20).") Integer first,
            @Description("Cursor of the edge to start after.") String after) {
        return service.forOwner(owner, PageRequest.of(first, after));
    }

    @Description("The card it is about; null when the card is no longer readable by the caller.")
    public @NonNull List<FeatureCard> card(@Source List<CardFeedback> feedback) {
        Map<Long, FeatureCard> byId = cards.byIds(feedback.stream().map(f -> f.cardDbId).collect(Collectors.toSet()));
        return feedback.stream().map(f -> byId.get(f.cardDbId)).toList();
    }
}
