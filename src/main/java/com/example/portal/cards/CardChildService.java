package com.example.portal.cards;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Inject;

import com.example.portal.database.SluggedEntity;
import com.example.portal.database.SluggedRepository;
import com.example.portal.database.SluggedService;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.Node;

/**
 * A service of objects that belong to a card (evidence, release notes): whoever may read the card may read them, lists
 * leave out those of cards the caller may not read, and an input names its card by slug. Card rows are filtered by the
 * ids {@link FeatureCardService} gives, so no query of the feature names the card tables.
 *
 * @param <E> the entity, with the id of its card
 * @param <T> the API type
 */
public abstract class CardChildService<E extends SluggedEntity, T extends Node> extends SluggedService<E, T> {

    @Inject
    protected FeatureCardService cards;

    private final Function<E, Long> cardOf;

    /** @param cardOf the id of the card a row belongs to */
    protected CardChildService(String type, String what, SluggedRepository<E> rows, Function<E, T> toApi,
            Function<E, Long> cardOf) {
        super(type, what, rows, toApi);
        this.cardOf = cardOf;
    }

    /** For the client proxy the container makes; it delegates every call, so it needs none of the fields. */
    protected CardChildService() {
        this(null, null, null, null, null);
    }

    @Override
    protected boolean readable(E entity) {
        return cards.readable(cardOf.apply(entity));
    }

    /**
     * The start of a list's condition on the entity's {@code cardId}: only rows of cards the caller may read and, when
     * the filter names one, of that card (no row when no card has the slug). The feature appends its own conditions.
     */
    protected StringBuilder readableRows(Map<String, Object> params, String cardSlug) {
        StringBuilder where = new StringBuilder("1 = 1");
        Set<Long> unreadable = cards.unreadableCardIds();
        if (!unreadable.isEmpty()) {
            where.append(" and (cardId is null or cardId not in :unreadable)");
            params.put("unreadable", unreadable);
        }
        if (cardSlug != null) {
            where.append(" and cardId = :cardId");
            params.put("cardId", cards.idsBySlugs(List.of(cardSlug)).getOrDefault(cardSlug, -1L));
        }
        return where;
    }

    /** The card a create names: REQUIRED when the slug is missing, NOT_FOUND when no card has it (then null). */
    protected Long requiredCard(String cardSlug, InputCheck check) {
        return check.required(cardSlug, InputCheck.SLUG_MAX, "cardSlug") ? cards.idForSlug(cardSlug, check, "cardSlug") : null;
    }

    /** The card an update moves the object to: null when it names none, NOT_FOUND when no card has the slug. */
    protected Long changedCard(String cardSlug, InputCheck check) {
        return cardSlug == null ? null : cards.idForSlug(cardSlug, check, "cardSlug");
    }
}
