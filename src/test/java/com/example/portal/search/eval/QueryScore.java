package com.example.portal.search.eval;

import java.util.List;

/** How one engine did on one judged query: the ranking it was scored on, its nDCG@k and reciprocal rank. */
public record QueryScore(JudgedQuery judged, List<String> ranking, double ndcg, double reciprocalRank) {

    public QueryScore {
        ranking = List.copyOf(ranking);
    }

    /** P@1: 1 when the first result is clearly relevant (graded at least {@link RankingMetrics#MRR_MIN_GRADE}), else 0. */
    public double precisionAt1() {
        return reciprocalRank == 1.0 ? 1 : 0;
    }
}
