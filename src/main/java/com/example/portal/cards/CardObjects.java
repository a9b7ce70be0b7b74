package com.example.portal.cards;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.example.portal.cards.api.FeatureCard;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Cards' API objects, kept by the state of their row. Every change of a card updates its row, its lists (jobs,
 * objections, segments, glossary terms) included: Hibernate's optimistic lock raises the version for changes of the
 * collections an entity owns. Each update also gives the row a new {@code xmin}, the id of the transaction that wrote
 * it, which no other committed state of the row shares (a write that rolled back leaves nothing another could
 * reuse). So the object made from a row in one state is that card for as long as its row is in that state, on every
 * replica and with nothing to invalidate: a lookup reads the card's id, version, status and xmin (one narrow row), and
 * only a state not seen before loads the row and its four lists. Who may read the card is decided as before.
 * The state also holds the xmin of the card's {@code card_dependents_state} row, which every change of its evidence,
 * release notes or recorded changes rewrites (V9), so what a card page reads beside the card can be kept under the
 * same state ({@link CardStateCache}); the object made for a state remembers it ({@link #stateOf}).
 * Bounded ({@code portal.cards.object-cache-size}, Caffeine); hits and misses are
 * {@code cache_gets_total{cache="card-objects"}}.
 */
@ApplicationScoped
public class CardObjects {

    /**
     * What identifies one state of a card: its row's id, version and xmin, and the xmin of its dependents' row (0 while
     * nothing was recorded for it).
     */
    record RowState(long id, int version, long xmin, long dependents) {
    }

    private final Cache<RowState, FeatureCard> objects;
    /** The state each kept object was made in; weak keys compare by identity and go with the object. */
    private final Cache<FeatureCard, RowState> states;

    private final CardsConfig config;
    private final MeterRegistry registry;

    CardObjects(CardsConfig config, MeterRegistry registry) {
        this.config = config;
        this.registry = registry;
        this.objects = Caffeine.newBuilder().maximumSize(config.objectCacheSize()).recordStats().build();
        this.states = Caffeine.newBuilder().weakKeys().build();
        CaffeineCacheMetrics.monitor(registry, objects, "card-objects");
    }

    /** A cache of something per card, under the states of this cache's objects, as many as it keeps. */
    <V> CardStateCache<V> perState(String name) {
        return new CardStateCache<>(name, this, config.objectCacheSize(), registry);
    }

    /**
     * The state this card object was made in, when it came from this cache; null for objects made elsewhere (lists,
     * search hits, mutation payloads), whose state was never read.
     */
    RowState stateOf(FeatureCard card) {
        return states.getIfPresent(card);
    }

    /**
     * The card in this state: kept, or else made from the row {@code load} reads (empty when there is none or the
     * caller may not read it). A row that has changed since its state was read (another version) is answered but not
     * kept under the state asked for.
     */
    Optional<FeatureCard> at(RowState state, Supplier<Optional<FeatureCardEntity>> load) {
        FeatureCard kept = objects.getIfPresent(state);
        if (kept != null) {
            return Optional.of(kept);
        }
        return load.get().map(row -> {
            FeatureCard object = CardMapper.INSTANCE.toApi(row);
            if (row.version == state.version()) {
                states.put(object, state);
                objects.put(state, object);
            }
            return object;
        });
    }
}
