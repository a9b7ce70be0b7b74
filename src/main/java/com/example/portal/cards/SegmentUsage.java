package com.example.portal.cards;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.cards.api.FeatureCard;
import com.example.portal.security.Caller;

/**
 * Which cards target or exclude a segment: the cards a change of the segment flags for re-verification
 * ({@link CardChangeLog#segmentChanged}), and how many published cards use it. One query per batch of segments.
 */
@ApplicationScoped
public class SegmentUsage {

    @Inject
    FeatureCardRepository cards;

    @Inject
    Caller caller;

    /** Per segment, the cards using it that the caller may read, by title; segments no card uses are absent. */
    @Transactional
    public Map<Long, List<FeatureCard>> cardsBySegment(Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Map.of();
        }
        boolean all = caller.mayReadUnpublished();
        var query = cards.getEntityManager().createQuery("select distinct l.segmentId, c from FeatureCardEntity c "
                + "join c.segmentLinks l where l.segmentId in :ids" + (all ? "" : " and c.status = :published")
                + " order by c.title, c.id", Object[].class)
                .setParameter("ids", segmentIds);
        if (!all) {
            query.setParameter("published", CardStatus.PUBLISHED);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0], LinkedHashMap::new,
                Collectors.mapping(r -> CardMapper.INSTANCE.toApi((FeatureCardEntity) r[1]), Collectors.toList())));
    }

    /** Per segment, the published cards that target it (or exclude it, for ANTI), by title; others are absent. */
    @Transactional
    public Map<Long, List<FeatureCard>> publishedCardsBySegment(Collection<Long> segmentIds, SegmentRole role) {
        if (segmentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = cards.getEntityManager().createQuery("select distinct l.segmentId, c from FeatureCardEntity c "
                + "join c.segmentLinks l where l.segmentId in :ids and l.role = :role and c.status = :published "
                + "order by c.title, c.id", Object[].class)
                .setParameter("ids", segmentIds).setParameter("role", role).setParameter("published", CardStatus.PUBLISHED)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0], LinkedHashMap::new,
                Collectors.mapping(r -> CardMapper.INSTANCE.toApi((FeatureCardEntity) r[1]), Collectors.toList())));
    }

    /** Per segment, how many published cards target or exclude it; segments no published card uses are absent. */
    @Transactional
    public Map<Long, Long> publishedCountBySegment(Collection<Long> segmentIds) {
        if (segmentIds.isEmpty()) {
            return Map.of();
        }
        return cards.getEntityManager().createQuery("select l.segmentId, count(distinct c.id) from FeatureCardEntity c "
                + "join c.segmentLinks l where l.segmentId in :ids and c.status = :published group by l.segmentId", Object[].class)
                .setParameter("ids", segmentIds).setParameter("published", CardStatus.PUBLISHED).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
