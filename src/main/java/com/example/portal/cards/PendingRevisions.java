package com.example.portal.cards;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.cards.api.CardStepInput;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.cards.api.FeatureCardPayload;
import com.example.portal.cards.api.PendingCardRevision;
import com.example.portal.cards.api.ReviewItem;
import com.example.portal.cards.api.ReviewItemConnection;
import com.example.portal.cards.api.ReviewItemKind;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.security.Caller;
import com.example.portal.security.ForbiddenException;
import com.example.portal.security.Role;

/**
 * Edits of published cards wait for review: the card's row keeps the published text, which every read path and the
 * search index read, and the edit waits in its own row until a second PM approves it (or an admin, with a comment).
 */
@ApplicationScoped
public class PendingRevisions {

    @Inject
    PendingRevisionRepository pending;

    @Inject
    FeatureCardRepository cards;

    @Inject
    FeatureCardService cardService;

    @Inject
    CardRevisions revisions;

    @Inject
    CardSnapshotRestore restore;

    @Inject
    Caller caller;

    /**
     * Applies an edit of a published card to its pending edit (created when there is none), in the caller's
     * transaction. The published card only records that it was saved, so its version moves on. Returns the content
     * approval would publish.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    FeatureCard propose(FeatureCardEntity card, Consumer<FeatureCardEntity> edit, String comment) {
        CardSnapshot published = CardSnapshot.of(card);
        PendingRevisionEntity revision = pending.findById(card.id);
        CardSnapshot start = revision == null ? published : proposed(revision, published);
        FeatureCardEntity draft = unsaved(card, start);
        edit.accept(draft);
        CardSnapshot edited = CardSnapshot.of(draft);
        List<String> changed = edited.changedSince(published);
        if (changed.isEmpty() && revision == null) {
            return CardMapper.INSTANCE.toApi(draft);
        }
        if (changed.isEmpty()) {
            pending.delete(revision);
            touch(card);
            revisions.recordPending(card, CardAction.EDIT_DISCARDED, List.of(), "The edit brought back the published text.");
            return CardMapper.INSTANCE.toApi(draft);
        }
        if (revision == null) {
            revision = new PendingRevisionEntity();
            revision.cardId = card.id;
        }
        List<String> authors = new ArrayList<>(revision.authors);
        authors.remove(caller.name());
        authors.add(caller.name());
        revision.authors = authors;
        // Rebased on what is published now: the fields it differs in are exactly what approval changes.
        revision.baseSnapshot = published.toJson();
        revision.snapshot = edited.toJson();
        revision.changesRequestedBy = null;
        revision.changesRequestedAt = null;
        revision.changesRequestedNote = null;
        pending.persist(revision);
        touch(card);
        revisions.recordPending(card, CardAction.EDIT_PROPOSED, changed, comment);
        return CardMapper.INSTANCE.toApi(draft);
    }

    /** The pending edit of each of these cards that has one, for PMs and admins. */
    @Transactional
    public Map<Long, PendingCardRevision> of(Collection<Long> cardIds) {
        if (cardIds.isEmpty()) {
            return Map.of();
        }
        List<PendingRevisionEntity> found = pending.list("cardId in ?1", cardIds);
        if (found.isEmpty()) {
            return Map.of();
        }
        Map<Long, FeatureCardEntity> byId = cards.list("id in ?1", found.stream().map(r -> r.cardId).toList()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        return found.stream().collect(Collectors.toMap(r -> r.cardId, r -> toApi(r, byId.get(r.cardId))));
    }

    /** First publications (cards in review) and pending edits of published cards, longest waiting first. */
    @Transactional
    public ReviewItemConnection queue(PageRequest page) {
        List<ReviewItem> items = new ArrayList<>();
        List<FeatureCardEntity> inReview = cards.list("status", CardStatus.IN_REVIEW);
        Map<Long, OffsetDateTime> submitted = revisions.latestAt(inReview.stream().map(c -> c.id).toList(), CardAction.SUBMITTED);
        for (FeatureCardEntity card : inReview) {
            ReviewItem item = new ReviewItem();
            item.kind = ReviewItemKind.FIRST_PUBLICATION;
            item.card = CardMapper.INSTANCE.toApi(card);
            item.after = item.card;
            item.submittedBy = card.submittedBy;
            item.submittedAt = submitted.getOrDefault(card.id, card.updatedAt);
            items.add(item);
        }
        List<PendingRevisionEntity> edits = pending.list("changesRequestedAt is null");
        Map<Long, FeatureCardEntity> byId = edits.isEmpty() ? Map.of()
                : cards.list("id in ?1", edits.stream().map(r -> r.cardId).toList()).stream()
                        .collect(Collectors.toMap(c -> c.id, Function.identity()));
        for (PendingRevisionEntity edit : edits) {
            FeatureCardEntity card = byId.get(edit.cardId);
            if (card.status != CardStatus.PUBLISHED) {
                continue;
            }
            ReviewItem item = new ReviewItem();
            item.kind = ReviewItemKind.EDIT;
            item.pendingRevision = toApi(edit, card);
            item.card = item.pendingRevision.published;
            item.before = item.pendingRevision.published;
            item.after = item.pendingRevision.proposed;
            item.submittedBy = edit.authors.get(edit.authors.size() - 1);
            item.submittedAt = edit.updatedAt;
            items.add(item);
        }
        items.sort(Comparator.comparing((ReviewItem i) -> i.submittedAt).thenComparing(i -> i.card.dbId));
        return new ReviewItemConnection(page.slice(items));
    }

    /** Publishes the pending edit: a second PM, or an admin who edited it with a comment saying why. */
    public FeatureCardPayload approve(CardStepInput input) {
        return step(input, (card, revision, check) -> {
            if (card.status != CardStatus.PUBLISHED) {
                check.add(UserErrorCode.INVALID_STATE, "The card is " + card.status + ": only a published card's pending edit "
                        + "can be approved. Discard the edit, or edit the card directly.", "id");
            }
            if (revision.authors.contains(caller.name())) {
                if (!caller.roles().contains(Role.ADMIN)) {
                    throw new ForbiddenException("You edited this revision: another product manager or an admin must approve it.");
                }
                if (input.comment == null || input.comment.isBlank()) {
                    check.add(UserErrorCode.REQUIRED, "You edited this revision yourself: as an admin you may approve it "
                            + "only with a comment saying why it need not wait for a second product manager.", "comment");
                }
            }
            CardSnapshot published = CardSnapshot.of(card);
            restore.apply(proposed(revision, published), card, check);
            check.throwIfInvalid();
            pending.delete(revision);
            touch(card);
            cards.flush();
            revisions.record(card, CardAction.EDIT_APPROVED, input.comment);
        });
    }

    /** Sends the pending edit back to its authors with a comment; it stays pending and leaves the review queue. */
    public FeatureCardPayload requestChanges(CardStepInput input) {
        return step(input, (card, revision, check) -> {
            if (input.comment == null || input.comment.isBlank()) {
                check.add(UserErrorCode.REQUIRED, "Say what to change: a comment of at most " + CardWorkflow.COMMENT_MAX
                        + " characters.", "comment");
            }
            check.throwIfInvalid();
            revision.changesRequestedBy = caller.name();
            revision.changesRequestedAt = OffsetDateTime.now(ZoneOffset.UTC);
            revision.changesRequestedNote = input.comment.strip();
            touch(card);
            revisions.recordPending(card, CardAction.EDIT_CHANGES_REQUESTED, changedFields(revision, card), input.comment);
        });
    }

    /** Drops the pending edit: one of its authors or an admin. The published text stays. */
    public FeatureCardPayload discard(CardStepInput input) {
        return step(input, (card, revision, check) -> {
            if (!revision.authors.contains(caller.name()) && !caller.roles().contains(Role.ADMIN)) {
                throw new ForbiddenException("Only the edit's authors (" + String.join(", ", revision.authors)
                        + ") or an admin may discard it.");
            }
            check.throwIfInvalid();
            List<String> fields = changedFields(revision, card);
            pending.delete(revision);
            touch(card);
            revisions.recordPending(card, CardAction.EDIT_DISCARDED, fields, input.comment);
        });
    }

    private interface Step {
        void run(FeatureCardEntity card, PendingRevisionEntity revision, InputCheck check);
    }

    private FeatureCardPayload step(CardStepInput input, Step step) {
        return cardService.write(input.id, check -> {
            check.maxLength(input.comment, CardWorkflow.COMMENT_MAX, "comment");
            FeatureCardEntity card = cardService.load(input.id, input.version, check);
            PendingRevisionEntity revision = pending.findById(card.id);
            if (revision == null) {
                check.add(UserErrorCode.NOT_FOUND, "The card has no pending edit: it may have been approved or discarded "
                        + "meanwhile.", "id");
            }
            check.throwIfInvalid();
            step.run(card, revision, check);
            cards.flush();
            return FeatureCardPayload.of(CardMapper.INSTANCE.toApi(card));
        });
    }

    /** Marks the published card as saved without changing what readers see, so its version moves on. */
    private static void touch(FeatureCardEntity card) {
        card.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static CardSnapshot proposed(PendingRevisionEntity revision, CardSnapshot published) {
        return CardSnapshot.merge(published, CardSnapshot.fromJson(revision.baseSnapshot), CardSnapshot.fromJson(revision.snapshot));
    }

    private static List<String> changedFields(PendingRevisionEntity revision, FeatureCardEntity card) {
        CardSnapshot published = CardSnapshot.of(card);
        return proposed(revision, published).changedSince(published);
    }

    /** A card object that is never stored, holding the given content, for mapping and checks. */
    private static FeatureCardEntity unsaved(FeatureCardEntity card, CardSnapshot content) {
        FeatureCardEntity copy = CardMapper.INSTANCE.copy(card);
        CardSnapshotRestore.copy(content, copy);
        return copy;
    }

    private static PendingCardRevision toApi(PendingRevisionEntity revision, FeatureCardEntity card) {
        CardSnapshot published = CardSnapshot.of(card);
        CardSnapshot proposed = proposed(revision, published);
        PendingCardRevision api = CardMapper.INSTANCE.toApi(revision, CardMapper.INSTANCE.toApi(unsaved(card, proposed)));
        api.published = CardMapper.INSTANCE.toApi(card);
        api.outdated = !CardSnapshot.fromJson(revision.baseSnapshot).equals(published);
        api.changedFields = proposed.changedSince(published);
        return api;
    }
}
