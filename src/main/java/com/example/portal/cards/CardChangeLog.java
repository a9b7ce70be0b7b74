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
     * they announce the change and cards decide what it means for them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void segmentChanged(@Observes SegmentChanged change) {
        em.createNativeQuery("insert into card_change (card_id, kind) select card_id, 'SEGMENT' from card_segment "
                + "where segment_id = ?1").setParameter(1, change.segmentId()).executeUpdate();
    }
}
