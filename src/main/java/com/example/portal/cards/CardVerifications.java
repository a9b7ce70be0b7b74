package com.example.portal.cards;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.example.portal.cards.api.CardVerification;
import com.example.portal.cards.api.FeatureCard;

/**
 * Which cards need their owner to check them again, and why. A card page's verification is computed from facts kept
 * under its card's state ({@link CardStateCache}: the card's row holds when it was verified, and its dependents' state
 * changes with every recorded change of its evidence or segments); only "now" is new on each read.
 */
@ApplicationScoped
public class CardVerifications {

    /** What a card's verification is computed from, but the time of the reading. */
    private record Facts(OffsetDateTime verifiedAt, String verifiedBy, int everyDays, OffsetDateTime evidenceChanged,
            OffsetDateTime segmentsChanged) {

        CardVerification at(OffsetDateTime now) {
            return CardVerification.of(verifiedAt, verifiedBy, everyDays, evidenceChanged, segmentsChanged, now);
        }
    }

    /** Per card: verification, interval, and the latest change of its evidence and of its segments. */
    private static final String STATE = """
            select c.id, c.last_verified_at, c.last_verified_by, c.verify_every_days,
                   (select max(x.at) from card_change x where x.card_id = c.id and x.kind = 'EVIDENCE'),
                   greatest((select max(x.at) from card_change x where x.card_id = c.id and x.kind = 'SEGMENT'),
                            (select max(r.at) from card_revision r where r.card_id = c.id
                              and r.action in ('EDITED', 'RESTORED') and r.changed_fields && array['targetSegments', 'antiSegments']::varchar[]))
            from feature_card c
            """;

    @Inject
    EntityManager em;

    private final CardStateCache<Facts> byState;

    @Inject
    CardVerifications(CardObjects objects) {
        this.byState = objects.perState("card-verification");
    }

    /** For the client proxy the container makes; it delegates every call. */
    protected CardVerifications() {
        this.byState = null;
    }

    /** Each card's verification, by database id. */
    @Transactional
    public Map<Long, CardVerification> of(List<FeatureCard> cards) {
        if (cards.isEmpty()) {
            return Map.of();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<Long, CardVerification> result = new HashMap<>();
        byState.of(cards, this::facts).forEach((id, facts) -> result.put(id, facts.at(now)));
        return result;
    }

    private Map<Long, Facts> facts(Collection<Long> cardIds) {
        return read(em.createNativeQuery(STATE + " where c.id = any(?1)").setParameter(1, cardIds.toArray(Long[]::new))
                .getResultList());
    }

    /** The owner's published cards that need verification, most overdue first. */
    @Transactional
    public List<Long> needed(String owner) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<Long, Facts> facts = read(em.createNativeQuery(STATE + " where c.status = 'PUBLISHED' and lower(trim(c.owner)) = lower(trim(?1))")
                .setParameter(1, owner).getResultList());
        List<Map.Entry<Long, CardVerification>> needed = new ArrayList<>(facts.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().at(now))).filter(e -> e.getValue().needed).toList());
        needed.sort(Map.Entry.comparingByValue((a, b) -> a.dueAt == null ? (b.dueAt == null ? 0 : -1)
                : b.dueAt == null ? 1 : a.dueAt.compareTo(b.dueAt)));
        return needed.stream().map(Map.Entry::getKey).toList();
    }

    private static Map<Long, Facts> read(List<?> rows) {
        Map<Long, Facts> result = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.put(((Number) r[0]).longValue(), new Facts(time(r[1]), (String) r[2], ((Number) r[3]).intValue(), time(r[4]), time(r[5])));
        }
        return result;
    }

    private static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
