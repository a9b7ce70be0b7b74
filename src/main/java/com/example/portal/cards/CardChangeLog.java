package com.example.portal.cards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.example.portal.segments.SegmentChanged;

/** Records, in the writer's transaction, that what a card stands on changed, so its owner is asked to verify it again. */
@ApplicationScoped
public class CardChangeLog {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void evidenceChanged(long cardId) {
        em.createNativeQuery("insert into card_change (card_id, kind) values (?1, 'EVIDENCE')").setParameter(1, cardId)
                .executeUpdate();
    }

    /**
     * Every card that targets or excludes the segment. An observer, not a call, because segments sit below cards:
     * they announce the change and cards decide what it means for them. In the order of the cards: each row's trigger
     * rewrites its card's dependents state (V9), so two segment changes sharing cards lock them in the same order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void segmentChanged(@Observes SegmentChanged change) {
        em.createNativeQuery("insert into card_change (card_id, kind) select card_id, 'SEGMENT' from card_segment "
                + "where segment_id = ?1 order by card_id").setParameter(1, change.segmentId()).executeUpdate();
    }
}
