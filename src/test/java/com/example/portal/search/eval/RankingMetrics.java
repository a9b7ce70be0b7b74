package com.example.portal.search.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranking metrics over graded judgments (grade 0 = not relevant, 1 = partially, 2 = clearly, 3 = the answer).
 *
 * <p>nDCG@k uses the exponential gain {@code 2^grade - 1}, so the answer (gain 7) is worth more than two clearly
 * relevant documents (gain 3 each), and the {@code log2(rank + 1)} discount. The ideal DCG is the DCG of the judged
 * grades sorted best first, so a query's nDCG is 1 exactly when the engine returns its judged documents in grade
 * order; documents nobody judged count as not relevant.
 *
 * <p>MRR takes the reciprocal rank of the first document graded at least {@link #MRR_MIN_GRADE} (2, clearly
 * relevant). A merely partially relevant first hit does not answer the user, so it must not earn a reciprocal rank
 * of 1; grade 1 still counts in nDCG.
 */
public final class RankingMetrics {

    /** The lowest grade that counts as a hit for the reciprocal rank. */
    public static final int MRR_MIN_GRADE = 2;

    private RankingMetrics() {
    }

    /** nDCG of the first {@code k} results, between 0 and 1; 0 when nothing judged relevant is ranked. */
    public static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
        requireValid(ranking, grades, k);
        double ideal = idealDcg(grades, k);
        return ideal == 0 ? 0 : dcg(ranking, grades, k) / ideal;
    }

    /** 1 / rank of the first result graded at least {@link #MRR_MIN_GRADE} within the first {@code k}; else 0. */
    public static double reciprocalRank(List<String> ranking, Map<String, Integer> grades, int k) {
        requireValid(ranking, grades, k);
        int depth = Math.min(k, ranking.size());
        for (int i = 0; i < depth; i++) {
            if (grades.getOrDefault(ranking.get(i), 0) >= MRR_MIN_GRADE) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    static double dcg(List<String> ranking, Map<String, Integer> grades, int k) {
        double sum = 0;
        int depth = Math.min(k, ranking.size());
        for (int i = 0; i < depth; i++) {
            sum += gain(grades.getOrDefault(ranking.get(i), 0)) * discount(i + 1);
        }
        return sum;
    }

    static double idealDcg(Map<String, Integer> grades, int k) {
        List<Integer> best = grades.values().stream().sorted((a, b) -> Integer.compare(b, a)).limit(k).toList();
        double sum = 0;
        for (int i = 0; i < best.size(); i++) {
            sum += gain(best.get(i)) * discount(i + 1);
        }
        return sum;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double discount(int rank) {
        return 1 / (Math.log(rank + 1) / Math.log(2));
    }

    // A ranking that repeats an id would be credited twice for one document; that is an engine bug, not a score.
    private static void requireValid(List<String> ranking, Map<String, Integer> grades, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        Set<String> seen = new HashSet<>();
        for (String id : ranking) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("The ranking repeats " + id + ": " + ranking);
            }
        }
        grades.forEach((id, grade) -> {
            if (grade < 0) {
                throw new IllegalArgumentException("Negative grade " + grade + " for " + id);
            }
        });
    }
}
