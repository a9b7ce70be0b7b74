package com.example.portal.search.analysis;

import org.apache.lucene.analysis.CharArrayMap;

/**
 * What the filters after the words (stemming, roots, transliteration) make of each word, kept by a thread that writes
 * many documents: a rebuild's or a catch-up's writing threads and the indexer's. A corpus says a few thousand words
 * millions of times, and what the filters make of a word depends on the word alone. One map per thread, looked up once
 * per word of a text for all of the text's fields ({@link IndexedText}): a map per field and way, as before, was looked
 * up three times per word and took a fifth of the writing threads' CPU at 100,000 cards. Threads that did not attach
 * one (a mutation writing its own document) keep nothing.
 */
public final class WordTerms {

    private static final ThreadLocal<WordTerms> ATTACHED = new ThreadLocal<>();
    /** Words kept at most; the map starts over when full (one recomputation per word, no bookkeeping per read). */
    private static final int KEPT_WORDS = 20_000;

    private final CharArrayMap<String[][]> words = new CharArrayMap<>(4096, false);
    private PortalAnalyzers.Stemming stemming;

    private WordTerms() {
    }

    /** Gives the calling thread a map of its own; call it from a thread that writes many documents. */
    public static void attachToCurrentThread() {
        ATTACHED.set(new WordTerms());
    }

    /** The calling thread's map, or null. */
    static WordTerms attached() {
        return ATTACHED.get();
    }

    /**
     * For each of the words, its slots under this stemming: one per {@link IndexedText.Way}, null until a field of that
     * way has run its filters on the word. The slots are the map's own, so what a field fills stays for later texts.
     */
    String[][][] slots(IndexWords text, PortalAnalyzers.Stemming stemming) {
        if (stemming != this.stemming) { // one stemming per portal; tests index with both
            words.clear();
            this.stemming = stemming;
        }
        char[] chars = text.chars();
        String[][][] slots = new String[text.size()][][];
        for (int word = 0; word < slots.length; word++) {
            int start = text.start(word);
            int length = text.length(word);
            String[][] known = words.get(chars, start, length);
            if (known == null) {
                if (words.size() >= KEPT_WORDS) {
                    words.clear();
                }
                known = new String[IndexedText.Way.values().length][];
                words.put(new String(chars, start, length), known);
            }
            slots[word] = known;
        }
        return slots;
    }
}
