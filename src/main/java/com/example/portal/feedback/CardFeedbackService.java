package com.example.portal.feedback;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.cards.FeatureCardService;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.feedback.api.CardFeedback;
import com.example.portal.feedback.api.CardFeedbackConnection;
import com.example.portal.feedback.api.CardFeedbackPayload;
import com.example.portal.feedback.api.SendCardFeedbackInput;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.StoredPayload;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.graphql.WriteTransaction;
import com.example.portal.security.Caller;

/**
 * "Report a problem / ask the owner": any reader sends feedback about a card they may read; the card's owner reads
 * it on their PM page. Feedback on a card without an owner reaches every PM, so nothing sent goes unread.
 */
@ApplicationScoped
public class CardFeedbackService {

    static final int MESSAGE_MAX = 2000;

    @Inject
    CardFeedbackRepository feedback;

    @Inject
    FeatureCardService cards;

    @Inject
    WriteTransaction writes;

    @Inject
    Caller caller;

    public CardFeedbackPayload send(SendCardFeedbackInput input) {
        String sender = caller.userName();
        return writes.run(() -> {
            InputCheck check = new InputCheck("input");
            String message = input.message == null ? null : input.message.strip();
            check.required(message, MESSAGE_MAX, "message");
            if (input.kind == null) {
                check.add(UserErrorCode.REQUIRED, "Say what it is: PROBLEM (something on the card is wrong) or QUESTION.", "kind");
            }
            // A card the sender may not read (a draft, for sales) is as absent as one that does not exist.
            FeatureCard card = null;
            if (check.required(input.cardSlug, InputCheck.SLUG_MAX, "cardSlug")) {
                card = cards.find(null, input.cardSlug.strip()).orElse(null);
                if (card == null) {
                    check.add(UserErrorCode.NOT_FOUND, "No feature card you may read has the slug \"" + input.cardSlug.strip() + "\".", "cardSlug");
                }
            }
            check.throwIfInvalid();
            CardFeedbackEntity entity = new CardFeedbackEntity();
            entity.cardId = card.dbId;
            entity.kind = input.kind;
            entity.message = message;
            entity.sentBy = sender;
            feedback.persistAndFlush(entity);
            return StoredPayload.of(CardFeedbackPayload::new, CardFeedbackMapper.INSTANCE.toApi(entity));
        }, CardFeedbackPayload::new);
    }

    /** Feedback on the cards an owner answers for (theirs and those without an owner), newest first. */
    @Transactional
    public CardFeedbackConnection forOwner(String owner, PageRequest page) {
        Set<Long> cardIds = cards.idsAnsweredBy(owner == null || owner.isBlank() ? caller.userName() : owner);
        return new CardFeedbackConnection(page.of(feedback.pageAbout(cardIds, page.offset(), page.limit()).stream()
                .map(CardFeedbackMapper.INSTANCE::toApi).toList(), feedback.countAbout(cardIds)));
    }
}
