package com.example.portal.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EngineScoresTest {

    private static final List<JudgedQuery> QUERIES = List.of(
            new JudgedQuery("промокод", QueryKind.RUSSIAN, Map.of("card:promo-codes", 3)),
            new JudgedQuery("промакод", QueryKind.TYPO, Map.of("card:promo-codes", 3)));

    // A fixed-answer engine: it finds the card for the correct spelling only, behind an object outside the corpus.
    private static final SearchEngineUnderTest ENGINE = (query, k) -> query.equals("промокод")
            ? List.of("release:test-note", "card:promo-codes")
            : List.of();

    @Test
    void scoresEachQueryAfterDroppingDocumentsOutsideTheCorpusAndAveragesPerKind() {
        EngineScores scores = EngineScores.evaluate("fixed", ENGINE, QUERIES, 10, id -> !id.equals("release:test-note"));

        assertThat(scores.perQuery().get(0).ranking()).containsExactly("card:promo-codes");
        assertThat(scores.of(QueryKind.RUSSIAN)).isEqualTo(new MeanScores(1, 1.0, 1.0, 1.0));
        assertThat(scores.of(QueryKind.TYPO)).isEqualTo(new MeanScores(1, 0.0, 0.0, 0.0));
        assertThat(scores.overall().ndcg()).isEqualTo(0.5, within(1e-12));
        assertThat(scores.of(QueryKind.METRIC).queries()).isZero();
    }

    @Test
    void printsTheTableAndTheWorstQueries() {
        EngineScores scores = EngineScores.evaluate("fixed", ENGINE, QUERIES, 10, id -> true);

        String table = RelevanceReport.table(List.of(scores), 10);
        assertThat(table).contains("fixed").contains("nDCG@10")
                .containsPattern("all\\s+2 \\|\\s+0\\.315\\s+0\\.250\\s+0\\.000")
                .containsPattern("typo\\s+1 \\|\\s+0\\.000\\s+0\\.000\\s+0\\.000");
        String worst = RelevanceReport.worst(scores, 0.3, 5);
        assertThat(worst).contains("1 of 2 queries").contains("«промакод»").contains("(nothing)")
                .doesNotContain("«промокод»");
    }
}
