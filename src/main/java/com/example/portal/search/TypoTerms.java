package com.example.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BlendedTermQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The index's spellings of a misspelt word, in several fields. What {@code FuzzyQuery} per field did, with its ranking
 * (closer spellings weigh more, the spellings' document frequencies blended so a rare misspelling does not outrank a
 * common word), but with one automaton for all fields and all searches: FuzzyQuery builds its Levenshtein automata
 * anew for every field of every search, and that was most of a typo search's CPU time (5.6 of 15 ms per query).
 */
final class TypoTerms {

    static final int PREFIX = 1;
    static final int MAX_EXPANSIONS = 20;
    private static final int CACHED_WORDS = 2048;

    /** Automata depend on the word alone; reps repeat their misspellings, and building one costs about a millisecond. */
    private static final Map<String, CompiledAutomaton> AUTOMATA = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, CompiledAutomaton> eldest) {
                    return size() > CACHED_WORDS;
                }
            });

    private TypoTerms() {
    }

    /** Per field, the query for the word's spellings found in it; fields without any are left out. */
    static Map<String, Query> byField(IndexReader reader, String word, int edits, String... fields) {
        CompiledAutomaton automaton = AUTOMATA.computeIfAbsent(edits + ":" + word,
                key -> FuzzyQuery.getFuzzyAutomaton(word, edits, PREFIX, true));
        Map<String, Query> queries = new LinkedHashMap<>();
        try {
            for (String field : fields) {
                Map<String, Spelling> spellings = new HashMap<>();
                for (LeafReaderContext leaf : reader.leaves()) {
                    Terms terms = leaf.reader().terms(field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum found = automaton.getTermsEnum(terms);
                    for (BytesRef term = found.next(); term != null; term = found.next()) {
                        // Each spelling's statistics are noted while enumerating: the query then looks none of them up again.
                        spellings.computeIfAbsent(term.utf8ToString(),
                                s -> new Spelling(s, similarity(word, s), new TermStates(reader.getContext())))
                                .states().register(found.termState(), leaf.ord, found.docFreq(), found.totalTermFreq());
                    }
                }
                if (!spellings.isEmpty()) {
                    queries.put(field, blended(field, spellings.values()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    /** A spelling the index has, how close it is to the word, and its statistics per segment. */
    private record Spelling(String text, float similarity, TermStates states) {
    }

    private static Query blended(String field, Collection<Spelling> spellings) {
        List<Spelling> best = new ArrayList<>(spellings);
        best.sort(Comparator.comparing(Spelling::similarity, Comparator.reverseOrder()).thenComparing(Spelling::text));
        BlendedTermQuery.Builder query = new BlendedTermQuery.Builder().setRewriteMethod(BlendedTermQuery.BOOLEAN_REWRITE);
        for (Spelling spelling : best.subList(0, Math.min(MAX_EXPANSIONS, best.size()))) {
            query.add(new Term(field, spelling.text()), spelling.similarity(), spelling.states());
        }
        return query.build();
    }

    /** FuzzyQuery's boost: one minus the edits over the shorter word's length. */
    static float similarity(String word, String spelling) {
        int[] a = word.codePoints().toArray();
        int[] b = spelling.codePoints().toArray();
        return 1f - (float) distance(a, b) / Math.min(a.length, b.length);
    }

    /** Edits between two words, a swap of neighbours counting as one (optimal string alignment). */
    static int distance(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length][b.length];
    }
}
