package com.example.portal.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Checks the metrics against figures worked out by hand (log2(3) = 1.5849625, log2(4) = 2). */
class RankingMetricsTest {

    private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 2, "c", 1);

    @Test
    void ndcgOfARankingInGradeOrderIsOne() {
        assertThat(RankingMetrics.ndcg(List.of("a", "b", "c"), GRADES, 10)).isEqualTo(1.0, within(1e-12));
    }

    @Test
    void ndcgUsesExponentialGainAndLog2Discount() {
        // DCG  = (2^2-1)/log2(2) + 0 + (2^3-1)/log2(4)          = 3 + 3.5                = 6.5
        // IDCG = (2^3-1)/log2(2) + (2^2-1)/log2(3) + (2^1-1)/log2(4) = 7 + 1.8927893 + 0.5 = 9.3927893
        assertThat(RankingMetrics.dcg(List.of("b", "x", "a"), GRADES, 10)).isEqualTo(6.5, within(1e-12));
        assertThat(RankingMetrics.idealDcg(GRADES, 10)).isEqualTo(9.3927893, within(1e-7));
        assertThat(RankingMetrics.ndcg(List.of("b", "x", "a"), GRADES, 10)).isEqualTo(0.6920202, within(1e-7));
    }

    @Test
    void ndcgCountsOnlyTheFirstKResultsAndTheBestKJudgments() {
        // k = 2: DCG = 0 + 7/log2(3) = 4.4164916; IDCG = 7 + 3/log2(3) = 8.8927893.
        assertThat(RankingMetrics.ndcg(List.of("x", "a", "b"), GRADES, 2)).isEqualTo(0.4966393, within(1e-7));
        List<String> answerAtEleven = IntStream.range(0, 10).mapToObj(i -> "x" + i).collect(Collectors.toList());
        answerAtEleven.add("a");
        assertThat(RankingMetrics.ndcg(answerAtEleven, GRADES, 10)).isZero();
    }

    @Test
    void ndcgIsZeroForAnEmptyRankingAndUnjudgedResults() {
        assertThat(RankingMetrics.ndcg(Collections.emptyList(), GRADES, 10)).isZero();
        assertThat(RankingMetrics.ndcg(List.of("x", "y"), GRADES, 10)).isZero();
    }

    @Test
    void reciprocalRankSkipsPartiallyRelevantResults() {
        // "c" has grade 1, below MRR_MIN_GRADE; "b" (grade 2) at rank 3 is the first hit.
        assertThat(RankingMetrics.reciprocalRank(List.of("c", "x", "b", "a"), GRADES, 10)).isEqualTo(1.0 / 3);
        assertThat(RankingMetrics.reciprocalRank(List.of("a"), GRADES, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.reciprocalRank(List.of("c", "x"), GRADES, 10)).isZero();
        assertThat(RankingMetrics.reciprocalRank(List.of("x", "y", "b"), GRADES, 2)).isZero();
    }

    @Test
    void refusesARankingThatRepeatsADocument() {
        assertThatThrownBy(() -> RankingMetrics.ndcg(List.of("a", "a"), GRADES, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeats a");
    }
}
