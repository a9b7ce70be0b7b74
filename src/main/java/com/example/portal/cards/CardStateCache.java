package com.example.portal.cards;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.example.portal.cards.api.FeatureCard;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Something read per card beside the card (its evidence, its release notes, its verification state), kept under the
 * state the card's lookup read ({@link CardObjects.RowState}): that state changes with every committed change of the
 * card's row and of its dependents, so a kept value is never older than the state it is filed under, on every
 * replica, with nothing to invalidate. Cards whose state was not read (lists, search hits, payloads) are read from the
 * database as before. Only what every reader of the card may see is kept: whether the caller may read the card was
 * decided when the card was looked up. Bounded like {@link CardObjects}; hits and misses are
 * {@code cache_gets_total{cache=name}}.
 *
 * @param <V> what is kept per card
 */
final class CardStateCache<V> {

    private final CardObjects objects;
    private final Cache<CardObjects.RowState, V> values;

    CardStateCache(String name, CardObjects objects, long maximumSize, MeterRegistry registry) {
        this.objects = objects;
        this.values = Caffeine.newBuilder().maximumSize(maximumSize).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, values, name);
    }

    /**
     * The value of each card, by database id: kept ones, and the rest from {@code load} (one call for all cards
     * missing, given their ids; a card it leaves out has none). A value is loaded after its card's state was read, so
     * it is at least as new as the state it is kept under.
     */
    Map<Long, V> of(List<FeatureCard> cards, Function<Set<Long>, Map<Long, V>> load) {
        Map<Long, V> found = new HashMap<>();
        Set<Long> missing = new HashSet<>();
        Map<Long, CardObjects.RowState> toKeep = new HashMap<>();
        for (FeatureCard card : cards) {
            CardObjects.RowState state = objects.stateOf(card);
            V kept = state == null ? null : values.getIfPresent(state);
            if (kept != null) {
                found.put(card.dbId, kept);
            } else {
                missing.add(card.dbId);
                if (state != null) {
                    toKeep.put(card.dbId, state);
                }
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        Map<Long, V> loaded = load.apply(missing);
        found.putAll(loaded);
        toKeep.forEach((id, state) -> {
            V value = loaded.get(id);
            if (value != null) {
                values.put(state, value);
            }
        });
        return found;
    }
}
