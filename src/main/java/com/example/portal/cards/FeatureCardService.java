package com.example.portal.cards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.example.portal.cards.api.CreateFeatureCardInput;
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.cards.api.FeatureCardConnection;
import com.example.portal.cards.api.FeatureCardFilter;
import com.example.portal.cards.api.FeatureCardOrder;
import com.example.portal.cards.api.FeatureCardPayload;
import com.example.portal.cards.api.UpdateFeatureCardInput;
import com.example.portal.database.ListQuery;
import com.example.portal.database.SluggedService;
import com.example.portal.glossary.GlossaryAnnotator;
import com.example.portal.graphql.GlobalId;
import com.example.portal.graphql.InputCheck;
import com.example.portal.graphql.Page;
import com.example.portal.graphql.PageRequest;
import com.example.portal.graphql.UserError;
import com.example.portal.graphql.UserErrorCode;
import com.example.portal.security.Caller;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FeatureCardService extends SluggedService<FeatureCardEntity, FeatureCard> {

    FeatureCardRepository cards;

    @Inject
    CardValidation validation;

    @Inject
    CardReferenceData references;

    @Inject
    GlossaryAnnotator glossary;

    @Inject
    CardRevisions revisions;

    @Inject
    Caller caller;

    @Inject
    PendingRevisions pendingRevisions;

    @Inject
    CardObjects objects;

    /**
     * A card row's id, version, status and xmin (the transaction that wrote this state of the row, which no other
     * committed state shares), and the xmin of its dependents' row: what a lookup reads before it knows whether it has
     * the card's object.
     */
    private static final String HEAD = """
            select c.id, c.version, c.status, c.xmin::text, d.xmin::text
            from feature_card c left join card_dependents_state d on d.card_id = c.id where\s""";

    @Inject
    FeatureCardService(FeatureCardRepository cards) {
        super(FeatureCard.TYPE, "feature card", cards, CardMapper.INSTANCE::toApi);
        this.cards = cards;
    }

    /** The card of this id, from {@link CardObjects} when that state of its row has been read before. */
    @Override
    @Transactional
    public Optional<FeatureCard> find(long id) {
        return current(HEAD + "c.id = ?1", id);
    }

    /** One card by global id or, when that is null, by slug; from {@link CardObjects} as {@link #find(long)}. */
    @Override
    @Transactional
    public Optional<FeatureCard> find(String id, String slug) {
        return id != null ? super.find(id, slug) : current(HEAD + "c.slug = ?1", slug);
    }

    /** The card the narrow row found names, if the caller may read it. */
    private Optional<FeatureCard> current(String head, Object key) {
        List<?> found = cards.getEntityManager().createNativeQuery(head).setParameter(1, key).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) found.get(0);
        long id = ((Number) row[0]).longValue();
        if (!CardStatus.PUBLISHED.name().equals(row[2]) && !caller.mayReadUnpublished()) {
            return Optional.empty();
        }
        return objects.at(new CardObjects.RowState(id, ((Number) row[1]).intValue(), Long.parseLong((String) row[3]),
                row[4] == null ? 0 : Long.parseLong((String) row[4])),
                () -> cards.findByIdOptional(id).filter(this::readable));
    }

    /** Whether the caller may read what belongs to this card (its evidence, its release notes); true for no card. */
    @Transactional
    public boolean readable(Long cardId) {
        return cardId == null || caller.mayReadUnpublished()
                || cards.count("id = ?1 and status = ?2", cardId, CardStatus.PUBLISHED) > 0;
    }

    /**
     * The cards whose evidence and release notes the caller may not read: none for PMs and admins, the unpublished
     * ones (drafts, cards in review, archived cards: few next to the published ones) for sales and marketing. Other
     * features filter their own rows by these ids, so no query of theirs names this feature's tables or entities.
     */
    @Transactional
    public Set<Long> unreadableCardIds() {
        return caller.mayReadUnpublished() ? Set.of()
                : Set.copyOf(cards.getEntityManager()
                        .createQuery("select c.id from FeatureCardEntity c where c.status <> :status", Long.class)
                        .setParameter("status", CardStatus.PUBLISHED).getResultList());
    }

    /** Sales and marketing see published cards only; drafts, cards in review and archived cards are for PMs. */
    @Override
    protected boolean readable(FeatureCardEntity card) {
        return card.status == CardStatus.PUBLISHED || caller.mayReadUnpublished();
    }

    /** The id of the card a slug names, or null with a NOT_FOUND user error on the field, for objects that name a card. */
    @Transactional
    public Long idForSlug(String slug, InputCheck check, String field) {
        Long id = idsBySlugs(List.of(slug)).get(slug);
        if (id == null) {
            check.add(UserErrorCode.NOT_FOUND, "No feature card has the slug \"" + slug + "\".", field);
        }
        return id;
    }

    /** Every published card: what sales may be offered. */
    @Transactional
    public List<FeatureCard> published() {
        return cards.list("status", CardStatus.PUBLISHED).stream().map(CardMapper.INSTANCE::toApi).toList();
    }

    /** Which of these cards are published, whoever asks (for search documents, which filter by role themselves). */
    @Transactional
    public java.util.Set<Long> publishedAmong(Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Set.of()
                : java.util.Set.copyOf(cards.getEntityManager()
                        .createQuery("select c.id from FeatureCardEntity c where c.id in :ids and c.status = :status", Long.class)
                        .setParameter("ids", ids).setParameter("status", CardStatus.PUBLISHED).getResultList());
    }

    /**
     * The slugs of these cards, whatever their status and whoever asks: for release-note announcements (made outside the
     * subscribers' requests) and for the content exporter (admins only).
     */
    @Transactional
    public Map<Long, String> slugsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : cards.list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, c -> c.slug));
    }

    /**
     * The ids of the cards an owner answers for: their own (user names compared as the identity provider does) and
     * every card without an owner, which no one else would answer for.
     */
    @Transactional
    public Set<Long> idsAnsweredBy(String owner) {
        return Set.copyOf(cards.getEntityManager().createQuery("select c.id from FeatureCardEntity c "
                + "where c.owner is null or trim(c.owner) = '' or lower(trim(c.owner)) = :owner", Long.class)
                .setParameter("owner", owner.strip().toLowerCase(Locale.ROOT)).getResultList());
    }

    @Transactional
    public FeatureCardConnection list(PageRequest page, FeatureCardFilter filter, FeatureCardOrder order) {
        ListQuery query = new ListQuery("FeatureCardEntity", "c");
        if (!caller.mayReadUnpublished()) {
            query.and("c.status = :visible", "visible", CardStatus.PUBLISHED);
        }
        if (filter != null && !narrow(filter, query)) {
            return new FeatureCardConnection(page.of(List.of(), 0));
        }
        FeatureCardOrder ordering = order == null ? new FeatureCardOrder() : order;
        return new FeatureCardConnection(
                query.orderBy(ordering.field, ordering.direction, Map.of()).page(cards, page, CardMapper.INSTANCE::toApi));
    }

    /** Adds the filter's conditions; false when a named product or segment does not exist, so nothing matches. */
    private boolean narrow(FeatureCardFilter filter, ListQuery query) {
        if (filter.productSlug != null) {
            Long productId = references.productIds(List.of(filter.productSlug)).get(filter.productSlug);
            if (productId == null) {
                return false;
            }
            query.and("c.productId = :productId", "productId", productId);
        }
        if (filter.segmentSlug != null) {
            Long segmentId = references.segmentIds(List.of(filter.segmentSlug)).get(filter.segmentSlug);
            if (segmentId == null) {
                return false;
            }
            query.and("exists (select 1 from FeatureCardEntity c2 join c2.segmentLinks l where c2 = c and l.segmentId = :segmentId"
                    + " and l.role = :target)", "segmentId", segmentId)
                    .with("target", SegmentRole.TARGET);
        }
        if (filter.status != null) {
            query.and("c.status = :status", "status", filter.status);
        }
        if (filter.funnelStage != null) {
            query.and("array_contains(c.funnelStages, :stage)", "stage", filter.funnelStage.name());
        }
        if (filter.tag != null) {
            query.and("array_contains(c.tags, :tag)", "tag", filter.tag);
        }
        return true;
    }

    /** A page of the given cards, in the given order. */
    @Transactional
    public FeatureCardConnection connectionOf(List<Long> orderedIds, PageRequest page) {
        Page<Long> ids = page.slice(orderedIds);
        Map<Long, FeatureCard> found = byIds(ids.items());
        return new FeatureCardConnection(
                page.of(ids.items().stream().map(found::get).filter(java.util.Objects::nonNull).toList(), ids.total()));
    }

    public FeatureCardPayload create(CreateFeatureCardInput input) {
        return withJargonWarnings(create(input.slug, "A card", FeatureCardEntity::new, check -> {
            check.slug(input.slug, "slug");
            CardReferences refs = validation.check(CardFields.of(input), true, check);
            return card -> CardMapping.apply(CardFields.of(input), refs, card);
        }, card -> {
            revisions.record(card, CardAction.CREATED, null);
            return FeatureCardPayload.of(CardMapper.INSTANCE.toApi(card));
        }, FeatureCardPayload::new));
    }

    /**
     * Changes a draft, a card in review or an archived card in place. A published card keeps what readers see: the
     * change goes to its pending edit, which a second PM approves (PendingRevisions).
     */
    public FeatureCardPayload update(UpdateFeatureCardInput input) {
        return withJargonWarnings(write(input.id, check -> {
            FeatureCardEntity card = load(input.id, input.version, check);
            CardReferences refs = validation.check(CardFields.of(input), false, check);
            check.throwIfInvalid();
            if (card.status == CardStatus.PUBLISHED) {
                FeatureCard proposed = pendingRevisions.propose(card, edited -> CardMapping.apply(CardFields.of(input), refs, edited),
                        null);
                cards.flush();
                return FeatureCardPayload.of(CardMapper.INSTANCE.toApi(card), proposed);
            }
            CardMapping.apply(CardFields.of(input), refs, card);
            cards.flush();
            revisions.record(card, CardAction.EDITED, null);
            return FeatureCardPayload.of(CardMapper.INSTANCE.toApi(card));
        }));
    }

    /**
     * A write of the card with this global id in a transaction of its own (an update, a workflow step), whose refusals
     * come back as the payload's user errors; a refusal as stale carries the card as stored now.
     */
    FeatureCardPayload write(String id, Function<InputCheck, FeatureCardPayload> work) {
        return explainStale(writes.run(() -> work.apply(new InputCheck("input")), FeatureCardPayload::refused), id);
    }

    /** The jargon of what was saved goes back to the PM who wrote it, after the write committed, as annotate finds it. */
    FeatureCardPayload withJargonWarnings(FeatureCardPayload payload) {
        if (payload.checked != null) {
            payload.warnings = glossary.jargon(List.of(CardTexts.of(payload.checked))).get(0);
        }
        return payload;
    }

    /** A change refused as stale carries the card as stored now: who saved it, when, and its text. */
    private FeatureCardPayload explainStale(FeatureCardPayload payload, String id) {
        if (payload.userErrors.stream().anyMatch(e -> e.code() == UserErrorCode.STALE_VERSION)) {
            payload.current = find(id, null).orElse(null);
        }
        return payload;
    }

    /**
     * Creates or updates the card with the input's slug inside the caller's transaction (the content importer's).
     * Returns the input's problems and writes nothing when there are any; an unchanged card keeps its version.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UserError> upsert(ImportedCard input, CardImportLookups lookups) {
        InputCheck check = new InputCheck();
        check.slug(input.slug, "slug");
        CardReferences refs = validation.check(CardFields.of(input), true, check, lookups);
        if (check.hasErrors()) {
            return check.errors();
        }
        Long existing = lookups.cards.get(input.slug);
        FeatureCardEntity card = existing == null ? new FeatureCardEntity() : cards.findById(existing);
        CardMapping.apply(CardFields.of(input), refs, card);
        if (card.id == null) {
            card.slug = input.slug;
            cards.persist(card);
            lookups.cards.put(card.slug, card.id);
            revisions.recordFirst(card, CardAction.IMPORTED);
        } else {
            revisions.record(card, CardAction.IMPORTED, null);
        }
        return new ArrayList<>();
    }

    /**
     * Looks up at once every id the cards to import name, and which of them exist already: only those, as the importer
     * asks once per chunk of cards, and reading every card's id for each chunk of a large import grew with its square.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CardImportLookups importLookups(Collection<ImportedCard> inputs) {
        Set<String> cardSlugs = new HashSet<>();
        Set<String> productSlugs = new HashSet<>();
        Set<String> segmentSlugs = new HashSet<>();
        Set<String> termSlugs = new HashSet<>();
        for (ImportedCard card : inputs) {
            cardSlugs.add(card.slug);
            if (card.productSlug != null) {
                productSlugs.add(card.productSlug);
            }
            addAll(segmentSlugs, card.targetSegmentSlugs);
            addAll(segmentSlugs, card.antiSegmentSlugs);
            addAll(termSlugs, card.glossaryTermSlugs);
        }
        Map<String, Long> existing = new HashMap<>();
        cards.getEntityManager().createQuery("select c.slug, c.id from FeatureCardEntity c where c.slug in :slugs", Object[].class)
                .setParameter("slugs", cardSlugs).getResultStream().forEach(row -> existing.put((String) row[0], (Long) row[1]));
        return new CardImportLookups(references.productIds(productSlugs), references.segmentIds(segmentSlugs),
                references.glossaryTermIds(termSlugs), existing);
    }

    private static void addAll(Set<String> into, List<String> slugs) {
        if (slugs != null) {
            into.addAll(slugs);
        }
    }

    /** A stale version is refused with who saved the card and when, so the PM knows whose change they would undo. */
    @Override
    protected FeatureCardEntity load(String id, int version, InputCheck check) {
        FeatureCardEntity card = check.existing(GlobalId.decode(id, FeatureCard.TYPE).flatMap(cards::findByIdOptional), "feature card");
        if (card.version != version) {
            check.add(UserErrorCode.STALE_VERSION, StaleCardMessage.of(card.updatedBy, card.updatedAt, card.version, version),
                    "version");
            check.throwIfInvalid();
        }
        return card;
    }

    /**
     * Every card as the content files state it, oldest first: what is live, with its workflow status; a pending edit
     * of a published card stays in the database for its review. Linked segments and terms come by their age, as the
     * sets they are load in no particular order. Whoever asks (the exporter is for admins only).
     */
    @Transactional
    public List<ImportedCard> exportAll() {
        List<FeatureCardEntity> all = cards.listAll(Sort.by("id"));
        Map<Long, String> productSlugs = new HashMap<>();
        references.products(all.stream().map(c -> c.productId).collect(Collectors.toSet()))
                .forEach((id, product) -> productSlugs.put(id, product.slug));
        Map<Long, String> segmentSlugs = new HashMap<>();
        references.segments(all.stream().flatMap(c -> c.segmentLinks.stream().map(SegmentLinkValue::segmentId))
                .collect(Collectors.toSet())).forEach((id, segment) -> segmentSlugs.put(id, segment.slug));
        Map<Long, String> termSlugs = new HashMap<>();
        references.glossaryTerms(all.stream().flatMap(c -> c.glossaryTermIds.stream()).collect(Collectors.toSet()))
                .forEach((id, term) -> termSlugs.put(id, term.slug));
        CardMapper.ReferenceSlugs slugs = new CardMapper.ReferenceSlugs(productSlugs, segmentSlugs, termSlugs);
        return all.stream().map(c -> CardMapper.INSTANCE.toContent(c, slugs)).toList();
    }
}
