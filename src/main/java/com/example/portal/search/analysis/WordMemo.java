package com.example.portal.search.analysis;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a pure function gave for a word, kept for the next time: indexing analyses every text three ways (words, roots,
 * transliteration), and a corpus repeats a few thousand words millions of times, so stemming and transliterating each
 * occurrence again was most of a rebuild's CPU. Shared by all threads; bounded by emptying it when full, which costs
 * one recomputation per word and needs no bookkeeping per read.
 */
final class WordMemo<V> {

    private final int capacity;
    private final Function<String, V> compute;
    private final ConcurrentHashMap<String, V> values;

    WordMemo(int capacity, Function<String, V> compute) {
        this.capacity = capacity;
        this.compute = compute;
        this.values = new ConcurrentHashMap<>(Math.min(capacity, 4096));
    }

    V get(String word) {
        V value = values.get(word);
        if (value == null) {
            value = compute.apply(word);
            if (values.size() >= capacity) {
                values.clear();
            }
            values.put(word, value);
        }
        return value;
    }
}
