package com.example.portal.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JudgedQueriesTest {

    @Test
    void readsQueriesKindsAndGrades() {
        List<JudgedQuery> queries = JudgedQueries.parse(new StringReader("""
                - query: калтрекинг
                  kind: typo
                  relevant: { card:call-tracking-employers: 3, glossary:call-tracking: 2, card:missed-call-notifications: 1 }
                - query: как считается CAC
                  kind: metric
                  relevant: { glossary:cac: 3 }
                """), "test.yaml");

        assertThat(queries).hasSize(2);
        assertThat(queries.get(0).query()).isEqualTo("калтрекинг");
        assertThat(queries.get(0).kind()).isEqualTo(QueryKind.TYPO);
        assertThat(queries.get(0).grades()).isEqualTo(Map.of("card:call-tracking-employers", 3,
                "glossary:call-tracking", 2, "card:missed-call-notifications", 1));
        assertThat(queries.get(0).bestAnswers()).containsExactly("card:call-tracking-employers");
        assertThat(queries.get(1).kind()).isEqualTo(QueryKind.METRIC);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> JudgedQueries.parse(new StringReader("""
                - query: промокод
                  kind: slang
                  relevant: { card:promo-codes: 3 }
                - query: промо код
                  kind: hyphen
                  relevant: { product:loyalty: 3, card:promo-codes: 4 }
                - query: рефералка
                  kind: anglicism
                  relevant: { card:referral-program: 1 }
                - query: Промокод
                  kind: russian
                  relevant: { card:promo-codes: 3 }
                - kind: russian
                  relevant: {}
                """), "test.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 1 (промокод): kind must be one of")
                .hasMessageContaining("product:loyalty is not type:slug")
                .hasMessageContaining("grade of card:promo-codes must be 1, 2 or 3, was 4")
                .hasMessageContaining("entry 3 (рефералка): needs at least one document graded 2 or 3")
                .hasMessageContaining("entry 4 (Промокод): the query is judged twice")
                .hasMessageContaining("entry 5: query must be non-blank text")
                .hasMessageContaining("entry 5: relevant must map at least one type:slug");
    }

    @Test
    void refusesADocumentJudgedTwiceInOneQuery() {
        assertThatThrownBy(() -> JudgedQueries.parse(new StringReader("""
                - query: промокод
                  kind: russian
                  relevant: { card:promo-codes: 3, card:promo-codes: 1 }
                """), "test.yaml")).hasMessageContaining("duplicate key");
    }
}
