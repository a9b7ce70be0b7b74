package com.example.portal.evidence;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The statistics of the sample evidence in content/evidence.yaml, as a GraphQL client reads them. */
@QuarkusTest
class EvidenceStatisticsApiQuarkusTest {

    private static final String STATISTICS = """
            query($slug: String) {
              evidence(slug: $slug) {
                statistics {
                  verdict claim method
                  controlRate variantRate absoluteUpliftPoints relativeUpliftPercent differenceInterval { low high } pValue
                  satisfiedShare interval { low high }
                  change relativeChangePercent
                }
              }
            }""";

    @Test
    void callTrackingAbTestIsSignificant() {
        JsonPath s = statistics("call-tracking-ab-2026");
        assertThat(s.getString("verdict")).isEqualTo("SIGNIFICANT");
        assertThat(s.getDouble("controlRate")).isEqualTo(36.0);
        assertThat(s.getDouble("variantRate")).isEqualTo(50.0);
        assertThat(s.getDouble("absoluteUpliftPoints")).isEqualTo(14.0);
        assertThat(s.getDouble("relativeUpliftPercent")).isCloseTo(38.889, within(0.001));
        assertThat(s.getDouble("differenceInterval.low")).isCloseTo(9.6748, within(0.0001));
        assertThat(s.getDouble("differenceInterval.high")).isCloseTo(18.2510, within(0.0001));
        assertThat(s.getDouble("pValue")).isLessThan(0.001);
        assertThat(s.getString("method")).contains("z-test", "Newcombe");
        assertThat(s.getString("claim")).isEqualTo(
                "Конверсия с функцией — 50% (500 из 1000), без неё — 36% (360 из 1000): разница +14 п.п. "
                        + "(95% ДИ от +9,6 до +18,3 п.п.), или +38,9% к результату без функции. "
                        + "Разница статистически значима (p < 0,001).");
        assertThat(s.getString("satisfiedShare")).isNull();
        assertThat(s.getString("change")).isNull();
    }

    @Test
    void responseScoringAbTestIsNotSignificant() {
        JsonPath s = statistics("response-scoring-ab");
        assertThat(s.getString("verdict")).isEqualTo("NOT_SIGNIFICANT");
        assertThat(s.getDouble("absoluteUpliftPoints")).isEqualTo(1.75);
        assertThat(s.getDouble("differenceInterval.low")).isNegative();
        assertThat(s.getDouble("pValue")).isCloseTo(0.46, within(0.001));
        assertThat(s.getString("claim")).contains("разница +1,8 п.п.", "статистически не значима (p = 0,46)",
                "утверждать, что функция помогает, нельзя");
    }

    @Test
    void promoCodeAbTestOnTwentyCompaniesIsTooLittleData() {
        JsonPath s = statistics("promo-codes-ab-small");
        assertThat(s.getString("verdict")).isEqualTo("TOO_LITTLE_DATA");
        assertThat(s.getString("method")).contains("Fisher's exact test");
        assertThat(s.getString("claim")).startsWith("Данных слишком мало для вывода: ").contains("(5 из 20)", "(3 из 20)")
                .doesNotContain("значим");
    }

    @Test
    void callTrackingSurveyHasAWilsonInterval() {
        JsonPath s = statistics("call-tracking-survey-2026");
        assertThat(s.getString("verdict")).isEqualTo("ESTIMATE");
        assertThat(s.getDouble("satisfiedShare")).isEqualTo(90.0);
        assertThat(s.getDouble("interval.low")).isCloseTo(82.5634, within(0.0001));
        assertThat(s.getDouble("interval.high")).isCloseTo(94.4771, within(0.0001));
        assertThat(s.getString("claim")).isEqualTo("Довольны 90 из 100 опрошенных (90%, 95% ДИ 82,5–94,5%).");
        assertThat(s.getString("pValue")).isNull();
    }

    @Test
    void eightInterviewsAreTooLittleData() {
        JsonPath s = statistics("hiring-funnel-report-interviews");
        assertThat(s.getString("verdict")).isEqualTo("TOO_LITTLE_DATA");
        assertThat(s.getString("claim")).startsWith("Данных слишком мало для вывода: довольны 5 из 8 опрошенных");
    }

    @Test
    void pilotSaysItHasNoControlGroup() {
        JsonPath s = statistics("missed-call-notifications-pilot");
        assertThat(s.getString("verdict")).isEqualTo("NO_CONTROL_GROUP");
        assertThat(s.getDouble("change")).isEqualTo(-19.0);
        assertThat(s.getDouble("relativeChangePercent")).isCloseTo(-61.29, within(0.01));
        assertThat(s.getString("claim")).isEqualTo(
                "Доля пропущенных звонков, %: было 31, стало 12, изменение −19 (−61,3%), участников пилота: 40. "
                        + "Это пилот без контрольной группы: изменение нельзя приписать только функции.");
    }

    @Test
    void everySampleClaimSaysSignificantOnlyWhenItIs() {
        JsonPath all = graphql("{ allEvidence(first: 100) { edges { node { slug statistics { verdict claim } } } } }");
        List<Map<String, Object>> statistics = all.getList("data.allEvidence.edges.node.statistics");
        assertThat(statistics).hasSizeGreaterThanOrEqualTo(16);
        for (Map<String, Object> s : statistics) {
            String claim = (String) s.get("claim");
            if ("SIGNIFICANT".equals(s.get("verdict"))) {
                assertThat(claim).contains("статистически значима");
            } else {
                assertThat(claim).doesNotContainPattern("(?<!не )значим");
            }
        }
    }

    private static JsonPath statistics(String slug) {
        JsonPath response = graphql(STATISTICS, "slug", slug);
        assertThat(response.getList("errors")).as(response.prettify()).isNull();
        return response.setRootPath("data.evidence.statistics");
    }
}
