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
 * Bounded ({@code portal.cards.object-cache-size}, Caffeine); hits and misses are
 * {@code cache_gets_total{cache="card-objects"}}.
 */
@ApplicationScoped
class CardObjects {

    /** What identifies one state of a card's row. */
    record RowState(long id, int version, long xmin) {
    }

    private final Cache<RowState, FeatureCard> objects;

    CardObjects(CardsConfig config, MeterRegistry registry) {
        this.objects = Caffeine.newBuilder().maximumSize(config.objectCacheSize()).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, objects, "card-objects");
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
                objects.put(state, object);
            }
            return object;
        });
    }
}
