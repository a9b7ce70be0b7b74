package com.example.portal.pitch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.example.portal.pitch.SegmentView.ProductRef;
import com.example.portal.segments.ComparisonOperator;
import com.example.portal.segments.MetricRule;

/** The matching rules on hand-made segments, modelled on the sample call-tracking card. */
class PitchMatcherTest {

    private static final ProductRef VACANCIES = new ProductRef("vacancies", "Вакансии");
    private static final ProductRef CALL_TRACKING = new ProductRef("call-tracking", "Колл-трекинг");
    private static final ProductRef CRM = new ProductRef("crm-integration", "Интеграция с CRM");

    private static final SegmentView MISSING_CALLS = new SegmentView(1, "Теряют звонки", 10, null, List.of(), List.of(VACANCIES),
            List.of(CALL_TRACKING), List.of(new MetricRule("missed_call_share", ComparisonOperator.GT, new BigDecimal("20"))));
    private static final SegmentView ENTERPRISE = new SegmentView(2, "Крупные со своей телефонией", 1000, null, List.of(),
            List.of(VACANCIES, CRM), List.of(), List.of());
    private static final CardView CALL_TRACKING_CARD = new CardView(10, "Колл-трекинг", "call-tracking", "Колл-трекинг",
            List.of(MISSING_CALLS), List.of(ENTERPRISE));

    private static ClientProfile client(Integer employees, Set<String> owned, Map<String, BigDecimal> metrics) {
        return new ClientProfile(employees, "retail", owned, metrics);
    }

    @Test
    void aClientMeetingEveryCriterionIsAFullMatch() {
        PitchDecision decision = PitchMatcher.decide(CALL_TRACKING_CARD,
                client(800, Set.of("vacancies"), Map.of("missed_call_share", new BigDecimal("35"))));
        assertThat(decision.offered()).isTrue();
        assertThat(decision.fit()).isEqualTo(1.0);
        assertThat(decision.best().status()).isEqualTo(SegmentFitStatus.MATCH);
        assertThat(decision.best().criteria()).extracting(CriterionCheck::status).containsOnly(CriterionStatus.MET);
        assertThat(decision.best().criteria()).extracting(CriterionCheck::clientValue)
                .containsExactly("800 сотр.", "есть", "нет", "35%");
        assertThat(decision.warnings()).isEmpty();
    }

    @Test
    void unknownDataIsNeitherAPassNorAFail() {
        PitchDecision decision = PitchMatcher.decide(CALL_TRACKING_CARD, client(800, Set.of("vacancies"), Map.of()));
        assertThat(decision.offered()).isTrue();
        assertThat(decision.best().status()).isEqualTo(SegmentFitStatus.POSSIBLE);
        CriterionCheck missedCalls = decision.best().criteria().get(3);
        assertThat(missedCalls.status()).isEqualTo(CriterionStatus.UNKNOWN);
        assertThat(missedCalls.clientValue()).isNull();
        assertThat(missedCalls.criterion()).isEqualTo("Доля пропущенных звонков больше 20%");
        assertThat(decision.fit()).isEqualTo((3 + 0.25) / 4);
        assertThat(decision.warnings()).singleElement().asString().contains("доля пропущенных звонков больше 20%");
    }

    @Test
    void aClientWhoMayBelongToAnAntiSegmentIsWarnedAndRankedLower() {
        PitchDecision decision = PitchMatcher.decide(CALL_TRACKING_CARD,
                new ClientProfile(null, null, null, Map.of("missed_call_share", new BigDecimal("35"))));
        assertThat(decision.offered()).isTrue();
        assertThat(decision.warnings()).anySatisfy(w -> assertThat(w).contains("Крупные со своей телефонией"));
        assertThat(decision.fit()).isEqualTo((1 + 0.25 * 3) / 4 / 2);
    }

    @Test
    void aClientInAnAntiSegmentIsExcluded() {
        PitchDecision decision = PitchMatcher.decide(CALL_TRACKING_CARD,
                client(1500, Set.of("vacancies", "crm-integration"), Map.of("missed_call_share", new BigDecimal("35"))));
        assertThat(decision.exclusion()).isEqualTo(ExclusionReason.ANTI_SEGMENT);
        assertThat(decision.explanation()).contains("Крупные со своей телефонией");
    }

    @Test
    void aClientWhoAlreadyOwnsTheProductIsExcluded() {
        PitchDecision decision = PitchMatcher.decide(CALL_TRACKING_CARD,
                client(800, Set.of("vacancies", "call-tracking"), Map.of()));
        assertThat(decision.exclusion()).isEqualTo(ExclusionReason.ALREADY_OWNS_PRODUCT);
    }

    @Test
    void aFailedHardCriterionRulesTheSegmentOutAndSaysWhich() {
        PitchDecision decision = PitchMatcher.decide(CALL_TRACKING_CARD,
                client(5, Set.of("vacancies"), Map.of("missed_call_share", new BigDecimal("35"))));
        assertThat(decision.exclusion()).isEqualTo(ExclusionReason.NO_SEGMENT_FITS);
        assertThat(decision.explanation()).contains("размер компании от 10 сотрудников (у клиента: 5 сотр.)");
    }

    @Test
    void thresholdsAreStrictOrInclusiveAsWritten() {
        SegmentView atLeastTwenty = new SegmentView(3, "От 20 вакансий", null, null, List.of(), List.of(), List.of(),
                List.of(new MetricRule("open_vacancies", ComparisonOperator.GTE, new BigDecimal("20"))));
        ClientProfile twenty = new ClientProfile(null, null, null, Map.of("open_vacancies", new BigDecimal("20")));
        assertThat(SegmentMatcher.fit(atLeastTwenty, twenty).status()).isEqualTo(SegmentFitStatus.MATCH);
        assertThat(SegmentMatcher.fit(MISSING_CALLS, client(800, Set.of("vacancies"), Map.of("missed_call_share", new BigDecimal("20"))))
                .status()).isEqualTo(SegmentFitStatus.RULED_OUT);
    }

    @Test
    void ranksByFitThenByCriteriaMet() {
        CardView noAudience = new CardView(11, "Без сегментов", "analytics", "Аналитика", List.of(), List.of());
        SegmentView anyone = new SegmentView(4, "Все", null, null, List.of(), List.of(), List.of(), List.of());
        CardView generic = new CardView(12, "Для всех", "analytics", "Аналитика", List.of(anyone), List.of());
        List<PitchDecision> ranked = PitchMatcher.decide(List.of(noAudience, generic, CALL_TRACKING_CARD),
                client(800, Set.of("vacancies"), Map.of("missed_call_share", new BigDecimal("35"))));
        assertThat(ranked).extracting(d -> d.card().title()).containsExactly("Колл-трекинг", "Для всех", "Без сегментов");
        assertThat(ranked.get(2).exclusion()).isEqualTo(ExclusionReason.NO_AUDIENCE);
    }
}
