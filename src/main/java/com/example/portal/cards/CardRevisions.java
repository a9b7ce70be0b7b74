package com.example.portal.cards;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.security.Caller;

/** Every change of a card keeps a revision: who, when, what happened and which fields changed. */
@ApplicationScoped
public class CardRevisions {

    @Inject
    CardRevisionRepository revisions;

    @Inject
    Caller caller;

    /**
     * Records a revision in the caller's transaction. Edits and imports that changed nothing record none, so an
     * unchanged re-import leaves the history alone; workflow steps always record one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(FeatureCardEntity card, CardAction action, String comment) {
        write(card, action, comment, revisions.latest(card.id).orElse(null), null);
    }

    /**
     * Records a step on a card's pending edit: the revision keeps the published content, which did not change, and
     * names the fields the edit changes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordPending(FeatureCardEntity card, CardAction action, List<String> editedFields, String comment) {
        write(card, action, comment, revisions.latest(card.id).orElse(null), editedFields);
    }

    /** The first revision of a card created in this transaction: there is no earlier one to look up. */
    @Transactional(Transactional.TxType.MANDATORY)
    void recordFirst(FeatureCardEntity card, CardAction action) {
        write(card, action, null, null, null);
    }

    private void write(FeatureCardEntity card, CardAction action, String comment, CardRevisionEntity previous,
            List<String> editedFields) {
        CardSnapshot snapshot = CardSnapshot.of(card);
        List<String> changed = editedFields != null ? editedFields
                : snapshot.changedSince(previous == null ? null : CardSnapshot.fromJson(previous.snapshot));
        boolean contentChange = action == CardAction.EDITED || action == CardAction.IMPORTED || action == CardAction.RESTORED;
        if (contentChange && previous != null && changed.isEmpty()) {
            return;
        }
        CardRevisionEntity revision = new CardRevisionEntity();
        revision.cardId = card.id;
        revision.number = previous == null ? 1 : previous.number + 1;
        revision.action = action;
        revision.actor = caller.userName();
        revision.status = card.status;
        revision.changedFields = changed;
        revision.comment = comment == null || comment.isBlank() ? null : comment.strip();
        revision.snapshot = snapshot.toJson();
        revisions.persist(revision);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    java.util.Optional<CardRevisionEntity> byNumber(long cardId, int number) {
        return revisions.byNumber(cardId, number);
    }

    /** When each of these cards last had a revision of this action; cards without one are absent. */
    @Transactional
    public Map<Long, java.time.OffsetDateTime> latestAt(Collection<Long> cardIds, CardAction action) {
        if (cardIds.isEmpty()) {
            return Map.of();
        }
        return revisions.getEntityManager().createQuery("select r.cardId, max(r.at) from CardRevisionEntity r "
                + "where r.cardId in :ids and r.action = :action group by r.cardId", Object[].class)
                .setParameter("ids", cardIds).setParameter("action", action).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (java.time.OffsetDateTime) row[1]));
    }

    /** Every card's revisions, newest first. */
    @Transactional
    public Map<Long, List<CardRevisionEntity>> of(Collection<Long> cardIds) {
        if (cardIds.isEmpty()) {
            return Map.of();
        }
        return revisions.list("cardId in ?1 order by number desc", cardIds).stream()
                .collect(Collectors.groupingBy(r -> r.cardId));
    }
}
