package com.example.portal.feedback;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Feedback on cards, read by the cards it is about. */
@ApplicationScoped
public class CardFeedbackRepository implements PanacheRepository<CardFeedbackEntity> {

    public List<CardFeedbackEntity> pageAbout(Collection<Long> cardIds, int offset, int limit) {
        return limit == 0 || cardIds.isEmpty() ? List.of()
                : find("cardId in ?1", Sort.descending("createdAt").and("id", Sort.Direction.Descending), cardIds)
                        .range(offset, offset + limit - 1).list();
    }

    public long countAbout(Collection<Long> cardIds) {
        return cardIds.isEmpty() ? 0 : count("cardId in ?1", cardIds);
    }
}
