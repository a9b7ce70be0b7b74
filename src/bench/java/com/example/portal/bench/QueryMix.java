package com.example.portal.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.example.portal.shared.FunnelStage;
import com.example.portal.search.SearchType;
import com.example.portal.search.api.SearchFilter;
import com.example.portal.search.eval.JudgedQueries;
import com.example.portal.search.eval.JudgedQuery;

/**
 * The benchmark's queries: every judged query (dev and held-out sets: single terms, phrases, typos, synonyms,
 * English, jargon, situations), a typo variant of each (two neighbouring letters of its longest word swapped), and a
 * seeded share of both with a filter (type, product, segment, funnel stage or tag). Distinct by text and filter.
 */
final class QueryMix {

    /** One query: its text, the judged kind it derives from (or "typo-variant"), and an optional filter. */
    record BenchQuery(String text, String kind, SearchFilter filter) {
        String filterLabel() {
            if (filter == null) {
                return "";
            }
            return filter.type != null ? "type=" + filter.type
                    : filter.productSlug != null ? "product=" + filter.productSlug
                    : filter.segmentSlug != null ? "segment=" + filter.segmentSlug
                    : filter.funnelStage != null ? "funnelStage=" + filter.funnelStage
                    : "tag=" + filter.tag;
        }
    }

    static List<BenchQuery> build(long seed, List<String> products, List<String> segments, List<String> tags) {
        List<JudgedQuery> judged = new ArrayList<>(JudgedQueries.loadResource("search/judged-queries.yaml"));
        judged.addAll(JudgedQueries.loadResource("search/held-out-queries.yaml"));
        Random random = new Random(seed);
        List<BenchQuery> plain = new ArrayList<>();
        for (JudgedQuery q : judged) {
            plain.add(new BenchQuery(q.query(), q.kind().key(), null));
            String typo = typo(q.query());
            if (typo != null) {
                plain.add(new BenchQuery(typo, "typo-variant", null));
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<BenchQuery> mix = new ArrayList<>();
        for (BenchQuery q : plain) {
            add(mix, seen, q);
            for (int i = 0; i < 2; i++) {
                SearchFilter filter = new SearchFilter();
                switch (random.nextInt(5)) {
                    case 0 -> filter.type = SearchType.CARD;
                    case 1 -> filter.productSlug = products.get(random.nextInt(products.size()));
                    case 2 -> filter.segmentSlug = segments.get(random.nextInt(segments.size()));
                    case 3 -> filter.funnelStage = FunnelStage.values()[random.nextInt(FunnelStage.values().length)];
                    default -> filter.tag = tags.get(random.nextInt(tags.size()));
                }
                add(mix, seen, new BenchQuery(q.text(), q.kind(), filter));
            }
        }
        java.util.Collections.shuffle(mix, random);
        return mix;
    }

    private static void add(List<BenchQuery> mix, Set<String> seen, BenchQuery q) {
        if (seen.add(q.text() + "\u0000" + q.filterLabel())) {
            mix.add(q);
        }
    }

    /** The longest word of six letters or more with two letters in its middle swapped; null when there is none. */
    static String typo(String query) {
        String[] words = query.split(" ");
        int longest = -1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 6 && (longest < 0 || words[i].length() > words[longest].length())) {
                longest = i;
            }
        }
        if (longest < 0) {
            return null;
        }
        char[] w = words[longest].toCharArray();
        int at = w.length / 2;
        char c = w[at];
        w[at] = w[at - 1];
        w[at - 1] = c;
        words[longest] = new String(w);
        return String.join(" ", words);
    }
}
