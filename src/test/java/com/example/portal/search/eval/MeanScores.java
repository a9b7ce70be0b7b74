package com.example.portal.search.eval;

import java.util.List;

/** Mean nDCG@k, mean reciprocal rank (MRR) and precision at 1 (P@1) over a group of queries. */
public record MeanScores(int queries, double ndcg, double mrr, double p1) {

    static MeanScores of(List<QueryScore> scores) {
        return new MeanScores(scores.size(),
                scores.stream().mapToDouble(QueryScore::ndcg).average().orElse(Double.NaN),
                scores.stream().mapToDouble(QueryScore::reciprocalRank).average().orElse(Double.NaN),
                scores.stream().mapToDouble(QueryScore::precisionAt1).average().orElse(Double.NaN));
    }
}
