package com.example.portal.cards;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.example.portal.cards.api.CardStepInput;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.cards.api.FeatureCardPayload;
import com.example.portal.cards.api.RestoreCardRevisionInput;
import com.example.portal.cards.api.VerifyCardInput;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.security.Caller;
import com.example.portal.security.ForbiddenException;

/** Draft → in review → published → archived, verification, and restoring older revisions. */
@ApplicationScoped
public class CardWorkflow {

    static final int COMMENT_MAX = 2000;

    /** Where each step may start from and where it leads. */
    private record Step(Set<CardStatus> from, CardStatus to) {
    }

    private static final Map<CardAction, Step> STEPS = Map.of(
            CardAction.SUBMITTED, new Step(Set.of(CardStatus.DRAFT), CardStatus.IN_REVIEW),
            CardAction.APPROVED, new Step(Set.of(CardStatus.IN_REVIEW), CardStatus.PUBLISHED),
            CardAction.CHANGES_REQUESTED, new Step(Set.of(CardStatus.IN_REVIEW), CardStatus.DRAFT),
            CardAction.ARCHIVED, new Step(Set.of(CardStatus.DRAFT, CardStatus.IN_REVIEW, CardStatus.PUBLISHED), CardStatus.ARCHIVED),
            CardAction.REOPENED, new Step(Set.of(CardStatus.ARCHIVED), CardStatus.DRAFT));

    @Inject
    FeatureCardService cards;

    @Inject
    FeatureCardRepository repository;

    @Inject
    CardRevisions revisions;

    @Inject
    CardSnapshotRestore restore;

    @Inject
    Caller caller;

    @Inject
    PendingRevisions pendingRevisions;

    public FeatureCardPayload step(CardStepInput input, CardAction action) {
        Step step = STEPS.get(action);
        return cards.withJargonWarnings(cards.write(input.id, check -> {
            check.maxLength(input.comment, COMMENT_MAX, "comment");
            FeatureCardEntity card = cards.load(input.id, input.version, check);
            if (!step.from().contains(card.status)) {
                check.add(UserErrorCode.INVALID_STATE, "The card is " + card.status + "; this step needs it to be "
                        + String.join(" or ", step.from().stream().map(Enum::name).sorted().toList()) + ".", "id");
            }
            if (action == CardAction.APPROVED) {
                if (Caller.sameUser(caller.userName(), card.submittedBy)) {
                    throw new ForbiddenException("You submitted this card for review: another product manager or an admin "
                            + "must approve it.");
                }
                if (card.owner == null) {
                    check.add(UserErrorCode.REQUIRED, "A published card needs an owner who keeps it true: set the owner "
                            + "with updateFeatureCard first.", "id");
                }
            }
            check.throwIfInvalid();
            card.status = step.to();
            if (action == CardAction.SUBMITTED) {
                card.submittedBy = caller.userName();
            } else if (action == CardAction.APPROVED) {
                markVerified(card);
            }
            repository.flush();
            revisions.record(card, action, input.comment);
            return FeatureCardPayload.of(CardMapper.INSTANCE.toApi(card));
        }));
    }

    public FeatureCardPayload verify(VerifyCardInput input) {
        return cards.write(input.id, check -> {
            check.maxLength(input.comment, COMMENT_MAX, "comment");
            check.between(input.verifyEveryDays, 1, CardValidation.MAX_VERIFY_EVERY_DAYS, "verifyEveryDays");
            FeatureCardEntity card = cards.load(input.id, input.version, check);
            if (card.status == CardStatus.ARCHIVED) {
                check.add(UserErrorCode.INVALID_STATE, "The card is archived: reopen it before verifying it.", "id");
            }
            check.throwIfInvalid();
            if (input.verifyEveryDays != null) {
                card.verifyEveryDays = input.verifyEveryDays;
            }
            markVerified(card);
            repository.flush();
            revisions.record(card, CardAction.VERIFIED, input.comment);
            return FeatureCardPayload.of(CardMapper.INSTANCE.toApi(card));
        });
    }

    /** Puts an older revision's content back; on a published card it becomes the pending edit, like any edit. */
    public FeatureCardPayload restore(RestoreCardRevisionInput input) {
        return cards.write(input.id, check -> {
            FeatureCardEntity card = cards.load(input.id, input.version, check);
            CardRevisionEntity revision = revisions.byNumber(card.id, input.revision).orElse(null);
            if (revision == null) {
                check.add(UserErrorCode.NOT_FOUND, "The card has no revision " + input.revision + ".", "revision");
                check.throwIfInvalid();
            }
            CardSnapshot snapshot = CardSnapshot.fromJson(revision.snapshot);
            String comment = "Restored revision " + input.revision + ".";
            if (card.status == CardStatus.PUBLISHED) {
                restore.checkReferences(snapshot, check);
                check.throwIfInvalid();
                FeatureCard proposed = pendingRevisions.propose(card, edited -> CardSnapshotRestore.copy(snapshot, edited), comment);
                repository.flush();
                return FeatureCardPayload.of(CardMapper.INSTANCE.toApi(card), proposed);
            }
            restore.apply(snapshot, card, check);
            check.throwIfInvalid();
            repository.flush();
            revisions.record(card, CardAction.RESTORED, comment);
            return FeatureCardPayload.of(CardMapper.INSTANCE.toApi(card));
        });
    }

    private void markVerified(FeatureCardEntity card) {
        card.lastVerifiedAt = OffsetDateTime.now(ZoneOffset.UTC);
        card.lastVerifiedBy = caller.userName();
    }
}
