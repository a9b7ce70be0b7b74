package com.example.portal.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.portal.segments.api.CrmCondition;

class CrmFilterTest {

    private static String line(CrmCondition c) {
        return c.field() + " " + c.operator() + " " + String.join(",", c.values()) + " (" + c.label() + ")";
    }

    @Test
    void everyCriterionBecomesOneConditionAndNumbersReadAsTyped() {
        List<CrmCondition> conditions = CrmFilter.conditions(50, 999, List.of("retail", "horeca"), List.of("vacancies"),
                List.of(), List.of(new MetricRule("monthly_responses", ComparisonOperator.GTE, new BigDecimal("300.0")),
                        new MetricRule("custom_score", ComparisonOperator.LT, new BigDecimal("0.25"))));
        assertThat(conditions).extracting(CrmFilterTest::line).containsExactly(
                "employees GTE 50 (Число сотрудников)",
                "employees LTE 999 (Число сотрудников)",
                "industry IN retail,horeca (Отрасль)",
                "products HAS_ALL vacancies (Продукты клиента)",
                "metric.monthly_responses GTE 300 (Откликов в месяц)",
                "metric.custom_score LT 0.25 (custom_score)");
    }

    @Test
    void noCriteriaNoConditions() {
        assertThat(CrmFilter.conditions(null, null, List.of(), List.of(), List.of(), List.of())).isEmpty();
    }
}
