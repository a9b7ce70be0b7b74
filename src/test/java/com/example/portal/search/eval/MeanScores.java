package com.example.portal.search.eval;

import java.util.List;

/** Mean nDCG@k and mean reciprocal rank (MRR) over a group of queries. */
public record MeanScores(int queries, double ndcg, double mrr) {

    static MeanScores of(List<QueryScore> scores) {
        return new MeanScores(scores.size(),
                scores.stream().mapToDouble(QueryScore::ndcg).average().orElse(Double.NaN),
                scores.stream().mapToDouble(QueryScore::reciprocalRank).average().orElse(Double.NaN));
    }
}
