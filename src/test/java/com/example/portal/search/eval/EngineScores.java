package com.example.portal.search.eval;

import java.util.List;
import java.util.function.Predicate;

/** One engine's scores on every judged query, with means overall and per kind. */
public record EngineScores(String engine, List<QueryScore> perQuery) {

    /**
     * Engines are asked for this many results before documents outside the judged corpus are dropped, so that the
     * {@code k} kept are still a full page when the database holds objects the judges never saw.
     */
    static final int FETCH_DEPTH = 100;

    public EngineScores {
        perQuery = List.copyOf(perQuery);
    }

    /**
     * Runs every query through the engine and scores its first {@code k} results. Results for which
     * {@code inCorpus} is false (objects other tests put in the same database) are removed first: they were never
     * judged, and their number depends on which tests ran before.
     */
    public static EngineScores evaluate(String engine, SearchEngineUnderTest searchEngine, List<JudgedQuery> queries,
            int k, Predicate<String> inCorpus) {
        List<QueryScore> scores = queries.stream().map(judged -> {
            List<String> ranking = searchEngine.search(judged.query(), Math.max(k, FETCH_DEPTH)).stream()
                    .filter(inCorpus).limit(k).toList();
            return new QueryScore(judged, ranking, RankingMetrics.ndcg(ranking, judged.grades(), k),
                    RankingMetrics.reciprocalRank(ranking, judged.grades(), k));
        }).toList();
        return new EngineScores(engine, scores);
    }

    public MeanScores overall() {
        return MeanScores.of(perQuery);
    }

    public MeanScores of(QueryKind kind) {
        return MeanScores.of(perQuery.stream().filter(score -> score.judged().kind() == kind).toList());
    }
}
