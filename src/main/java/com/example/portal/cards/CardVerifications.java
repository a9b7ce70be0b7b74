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

/** Which cards need their owner to check them again, and why. */
@ApplicationScoped
public class CardVerifications {

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

    @Transactional
    public Map<Long, CardVerification> of(Collection<Long> cardIds) {
        if (cardIds.isEmpty()) {
            return Map.of();
        }
        return read(em.createNativeQuery(STATE + " where c.id = any(?1)").setParameter(1, cardIds.toArray(Long[]::new))
                .getResultList());
    }

    /** The owner's published cards that need verification, most overdue first. */
    @Transactional
    public List<Long> needed(String owner) {
        Map<Long, CardVerification> states = read(em.createNativeQuery(STATE + " where c.status = 'PUBLISHED' and lower(trim(c.owner)) = lower(trim(?1))")
                .setParameter(1, owner).getResultList());
        List<Map.Entry<Long, CardVerification>> needed = new ArrayList<>(states.entrySet().stream()
                .filter(e -> e.getValue().needed).toList());
        needed.sort(Map.Entry.comparingByValue((a, b) -> a.dueAt == null ? (b.dueAt == null ? 0 : -1)
                : b.dueAt == null ? 1 : a.dueAt.compareTo(b.dueAt)));
        return needed.stream().map(Map.Entry::getKey).toList();
    }

    private static Map<Long, CardVerification> read(List<?> rows) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<Long, CardVerification> result = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            result.put(((Number) r[0]).longValue(), CardVerification.of(time(r[1]), (String) r[2], ((Number) r[3]).intValue(),
                    time(r[4]), time(r[5]), now));
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
