package com.example.portal.cards;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.cards.api.AboutCard;
import com.example.portal.cards.api.FeatureCard;

import com.example.portal.database.ListQuery;
import com.example.portal.database.SluggedEntity;
import com.example.portal.database.SluggedRepository;
import com.example.portal.database.SluggedService;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.OrderDirection;
import com.example.portal.graphql.Node;

import io.quarkus.panache.common.Sort;

/**
 * A service of objects that belong to a card (evidence, release notes): whoever may read the card may read them, lists
 * leave out those of cards the caller may not read, and an input names its card by slug. Card rows are filtered by the
 * ids {@link FeatureCardService} gives, so no query of the feature names the card tables.
 *
 * @param <E> the entity, with the id of its card
 * @param <T> the API type
 */
public abstract class CardChildService<E extends SluggedEntity, T extends AboutCard & Node> extends SluggedService<E, T> {

    @Inject
    protected FeatureCardService cards;

    @Inject
    protected CardObjects cardObjects;

    /** Each card's objects under the state its lookup read, for card pages (see {@link CardStateCache}). */
    private CardStateCache<List<T>> byState;

    private final String entity;
    private final String dated;
    private final Function<E, Long> cardOf;
    private final String cacheName;

    /**
     * @param entity the entity's name in JPQL
     * @param dated the date property lists are ordered by, newest first
     * @param cardOf the id of the card a row belongs to
     */
    protected CardChildService(String type, String what, String entity, String dated, SluggedRepository<E> rows,
            Function<E, T> toApi, Function<E, Long> cardOf) {
        super(type, what, rows, toApi);
        this.entity = entity;
        this.dated = dated;
        this.cardOf = cardOf;
        this.cacheName = what == null ? null : "card-" + what.replace(' ', '-');
    }

    /** For the client proxy the container makes; it delegates every call, so it needs none of the fields. */
    protected CardChildService() {
        this(null, null, null, null, null, null, null);
    }

    @PostConstruct
    void keepPerCardState() {
        byState = cardObjects.perState(cacheName);
    }

    /**
     * The objects of each card, newest first, for a list field of FeatureCard: kept under the card's state when its
     * lookup read one, the others in one query.
     */
    @Transactional
    public List<List<T>> ofCards(List<FeatureCard> cardList) {
        Map<Long, List<T>> byCard = cardList.isEmpty() ? Map.of() : byState.of(cardList, this::ofCardIds);
        return cardList.stream().map(c -> byCard.getOrDefault(c.dbId, List.of())).toList();
    }

    /** The objects of these cards, newest first, with an empty list for a card that has none. */
    private Map<Long, List<T>> ofCardIds(Set<Long> ids) {
        Map<Long, List<T>> byCard = new HashMap<>(rows.list("cardId in ?1", Sort.descending(dated).and("id", Sort.Direction.Descending), ids)
                .stream().map(toApi).collect(Collectors.groupingBy(o -> o.cardDbId, Collectors.collectingAndThen(Collectors.toList(), List::copyOf))));
        ids.forEach(id -> byCard.putIfAbsent(id, List.of()));
        return byCard;
    }

    /** The card of each object, for its card field; in one query. */
    public List<FeatureCard> cardOf(List<T> objects) {
        Map<Long, FeatureCard> byId = cards.byIds(objects.stream().map(o -> o.cardDbId).collect(Collectors.toSet()));
        return objects.stream().map(o -> byId.get(o.cardDbId)).toList();
    }

    @Override
    protected boolean readable(E entity) {
        return cards.readable(cardOf.apply(entity));
    }

    /**
     * A list of the rows of cards the caller may read, newest first, and, when the filter names one, of that card (no
     * row when no card has the slug). The feature adds the conditions of its own filter.
     */
    protected ListQuery readableRows(String alias, String cardSlug) {
        ListQuery query = new ListQuery(entity, alias).orderBy(alias + "." + dated, OrderDirection.DESC);
        String cardId = query.property("cardId");
        Set<Long> unreadable = cards.unreadableCardIds();
        if (!unreadable.isEmpty()) {
            query.and("(" + cardId + " is null or " + cardId + " not in :unreadable)", "unreadable", unreadable);
        }
        if (cardSlug != null) {
            query.and(cardId + " = :cardId", "cardId", cards.idsBySlugs(List.of(cardSlug)).getOrDefault(cardSlug, -1L));
        }
        return query;
    }

    /**
     * Every row as the content files state it, oldest first (the exporter's order, so a re-import keeps it). A file
     * names its card by slug, which the row does not hold, so the slugs are read in one query. Runs in the caller's
     * transaction.
     *
     * @param toContent the row and its card's slug to what the file states
     */
    protected <C> List<C> exportWithCardSlugs(BiFunction<E, String, C> toContent) {
        List<E> all = rows.listAll(Sort.by("id"));
        Map<Long, String> cardSlugs = cards.slugsByIds(all.stream().map(cardOf).collect(Collectors.toSet()));
        return all.stream().map(row -> toContent.apply(row, cardSlugs.get(cardOf.apply(row)))).toList();
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
