package com.example.portal.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CriteriaSentenceTest {

    @Test
    void readsTheBriefsExampleAsOneSentence() {
        assertThat(CriteriaSentence.render(10, null, List.of(), List.of("Вакансии"), List.of("Колл-трекинг"),
                List.of(new MetricRule("missed_call_share", ComparisonOperator.GT, new BigDecimal("20")))))
                .isEqualTo("Компании от 10 сотрудников, у которых есть продукт «Вакансии», нет продукта «Колл-трекинг» "
                        + "и доля пропущенных звонков больше 20%");
    }

    @Test
    void namesSizeRangesIndustriesAndSeveralProducts() {
        assertThat(CriteriaSentence.render(21, 250, List.of("retail", "horeca"), List.of("Вакансии", "База резюме"), List.of(),
                List.of(new MetricRule("open_vacancies", ComparisonOperator.GTE, new BigDecimal("20.0000")),
                        new MetricRule("response_rate", ComparisonOperator.LT, new BigDecimal("12.5")))))
                .isEqualTo("Компании от 21 до 250 сотрудников из отраслей: розница, общепит и гостиницы, у которых есть "
                        + "продукты «Вакансии» и «База резюме», открытых вакансий не меньше 20 и доля вакансий с откликами "
                        + "меньше 12,5%");
    }

    @Test
    void usesTheGenitiveSingularAfterNumbersEndingInOne() {
        assertThat(CriteriaSentence.size(1, null)).isEqualTo("от 1 сотрудника");
        assertThat(CriteriaSentence.size(null, 21)).isEqualTo("до 21 сотрудника");
        assertThat(CriteriaSentence.size(null, 11)).isEqualTo("до 11 сотрудников");
        assertThat(CriteriaSentence.size(null, 9)).isEqualTo("до 9 сотрудников");
    }

    @Test
    void aSegmentWithoutCriteriaSaysSoAndUnknownMetricKeysAreShownAsIs() {
        assertThat(CriteriaSentence.render(null, null, List.of(), List.of(), List.of(), List.of()))
                .isEqualTo("Компании любого размера из любых отраслей");
        assertThat(CriteriaSentence.condition("nps_score", ComparisonOperator.LTE, new BigDecimal("7")))
                .isEqualTo("nps_score не больше 7");
    }
}
