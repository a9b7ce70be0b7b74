package com.example.portal.search;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * The stored texts of recently highlighted documents. Highlighting a page of hits reads each hit's texts from the
 * stored fields, which decompresses a block of several documents per hit: half of the highlighter's time, and the
 * same popular documents come back in search after search. A segment's documents never change (an update is a new
 * document in a newer segment), so a document's texts are kept under its segment's core key and its number there,
 * and stay right across refreshes; entries of segments merged away are never asked for again and age out. Holds only
 * what the index holds, read for hits the caller's search may see. Bounded by characters
 * ({@code portal.search.stored-text-cache-chars}, Caffeine); 0 turns it off. Hits and misses are
 * {@code cache_gets_total{cache="stored-texts"}}.
 */
@ApplicationScoped
public class StoredTexts {

    private record Key(Object segment, int doc) {
    }

    /** Loads a document's texts from the stored fields (top-level document number). */
    @FunctionalInterface
    interface Loader {
        CharSequence[] load(int doc) throws IOException;
    }

    private final Cache<Key, CharSequence[]> texts;

    @Inject
    StoredTexts(SearchConfig config, MeterRegistry registry) {
        this(config.storedTextCacheChars());
        if (texts != null) {
            CaffeineCacheMetrics.monitor(registry, texts, "stored-texts");
        }
    }

    StoredTexts(long maxChars) {
        this.texts = maxChars <= 0 ? null
                : Caffeine.newBuilder().maximumWeight(maxChars).<Key, CharSequence[]>weigher((key, values) -> chars(values))
                        .recordStats().build();
    }

    /** The document's texts, from memory or else from the loader (and then kept). */
    CharSequence[] of(IndexReader reader, int doc, Loader loader) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        var helper = leaf.reader().getCoreCacheHelper();
        if (texts == null || helper == null) {
            return loader.load(doc);
        }
        Key key = new Key(helper.getKey(), doc - leaf.docBase);
        CharSequence[] found = texts.getIfPresent(key);
        if (found == null) {
            found = loader.load(doc);
            texts.put(key, found);
        }
        return found;
    }

    private static int chars(CharSequence[] values) {
        int sum = 1;
        for (CharSequence value : values) {
            sum += value == null ? 0 : value.length();
        }
        return sum;
    }
}
