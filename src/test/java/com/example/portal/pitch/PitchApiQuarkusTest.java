package com.example.portal.pitch;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** "What should I pitch to this client?" on the sample content. */
@QuarkusTest
class PitchApiQuarkusTest {

    private static final String PITCH = """
            query($client: ClientProfileInput!) {
              pitch(client: $client) {
                ranking
                matches {
                  card { slug title jobs { situation } talkingPoints objections { objection answer } evidence { kind } }
                  fit warnings
                  bestSegment { segment { slug } status score criteria { kind criterion status clientValue } }
                }
                excluded { card { slug } reason explanation }
              }
            }""";

    @Test
    void theBriefsRetailClientGetsCallTrackingWithReasonsAndWhatToAsk() {
        JsonPath result = graphql(PITCH, "client", Map.of("employees", 800, "industry", "retail",
                "productsOwned", List.of("vacancies"), "metrics", List.of(Map.of("metric", "open_vacancies", "value", 45))));
        assertThat(result.getList("errors")).isNull();
        Map<String, Object> callTracking = match(result, "call-tracking-employers");
        assertThat(callTracking).isNotNull();
        assertThat(((Map<?, ?>) ((Map<?, ?>) callTracking.get("bestSegment")).get("segment")).get("slug"))
                .isEqualTo("mass-hiring-frontline");
        List<Map<String, Object>> criteria = criteria(callTracking);
        assertThat(criteria).anySatisfy(c -> {
            assertThat(c.get("kind")).isEqualTo("METRIC");
            assertThat(c.get("criterion")).isEqualTo("Открытых вакансий не меньше 20");
            assertThat(c.get("status")).isEqualTo("MET");
            assertThat(c.get("clientValue")).isEqualTo("45");
        });
        assertThat(criteria).anySatisfy(c -> {
            assertThat(c.get("status")).isEqualTo("UNKNOWN");
            assertThat(c.get("clientValue")).isNull();
        });
        assertThat((List<?>) callTracking.get("warnings")).isNotEmpty();
        Map<?, ?> card = (Map<?, ?>) callTracking.get("card");
        assertThat((List<?>) card.get("jobs")).isNotEmpty();
        assertThat((List<?>) card.get("objections")).isNotEmpty();
        assertThat((List<?>) card.get("evidence")).isNotEmpty();
        // Only published cards are considered.
        assertThat(slugs(result, "matches")).doesNotContain("call-recordings");
        assertThat(slugs(result, "excluded")).doesNotContain("call-recordings");
        assertThat(result.getString("data.pitch.ranking")).contains("quarter");
    }

    @Test
    void aClientWhoAlreadyHasCallTrackingIsNotOfferedIt() {
        JsonPath result = graphql(PITCH, "client", Map.of("employees", 800, "industry", "retail",
                "productsOwned", List.of("vacancies", "call-tracking")));
        assertThat(slugs(result, "matches")).doesNotContain("call-tracking-employers");
        assertThat(exclusion(result, "call-tracking-employers").get("reason")).isEqualTo("ALREADY_OWNS_PRODUCT");
    }

    @Test
    void aClientInTheAntiSegmentIsNotOfferedCallTracking() {
        JsonPath result = graphql(PITCH, "client", Map.of("employees", 1500, "industry", "retail",
                "productsOwned", List.of("vacancies", "crm-integration"),
                "metrics", List.of(Map.of("metric", "missed_call_share", "value", 40))));
        Map<String, Object> excluded = exclusion(result, "call-tracking-employers");
        assertThat(excluded.get("reason")).isEqualTo("ANTI_SEGMENT");
        assertThat((String) excluded.get("explanation")).contains("Крупные компании со своей телефонией");
    }

    @Test
    void aClientWithUnknownMetricsIsOfferedCardsMarkedPossible() {
        JsonPath result = graphql(PITCH, "client", Map.of("employees", 120, "productsOwned", List.of("vacancies")));
        Map<String, Object> callTracking = match(result, "call-tracking-employers");
        assertThat(((Map<?, ?>) callTracking.get("bestSegment")).get("status")).isEqualTo("POSSIBLE");
        assertThat(criteria(callTracking)).anySatisfy(c -> {
            assertThat(c.get("criterion")).isEqualTo("Доля пропущенных звонков больше 20%");
            assertThat(c.get("status")).isEqualTo("UNKNOWN");
        });
        assertThat((List<String>) callTracking.get("warnings")).anySatisfy(w -> assertThat(w).contains("Не хватает данных"));
    }

    @Test
    void aMalformedProfileIsAClientErrorNamingTheField() {
        JsonPath result = graphql(PITCH, "client", Map.of("productsOwned", List.of("vacancies", "no-such-product")));
        assertThat(result.getString("errors[0].message")).contains("profile.productsOwned").contains("no-such-product");
        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        JsonPath negative = graphql(PITCH, "client", Map.of("employees", -1));
        assertThat(negative.getString("errors[0].message")).contains("profile.employees");
    }

    @Test
    void aCardsAudienceReadsAsPlainRussianAndAsStructuredCriteria() {
        JsonPath card = graphql("""
                {
                  featureCard(slug: "call-tracking-employers") {
                    targetSegments { slug criteria { sentence sizeMin productsOwned { slug } productsNotOwned { slug }
                                                     metricConditions { metric operator threshold } } }
                    antiSegments { slug criteria { sentence } }
                  }
                }""");
        List<Map<String, Object>> targets = card.getList("data.featureCard.targetSegments");
        Map<String, Object> missingCalls = targets.stream().filter(s -> s.get("slug").equals("missing-calls-no-tracking")).findFirst()
                .orElseThrow();
        Map<?, ?> criteria = (Map<?, ?>) missingCalls.get("criteria");
        assertThat(criteria.get("sentence")).isEqualTo("Компании от 10 сотрудников, у которых есть продукт «Вакансии», "
                + "нет продукта «Колл-трекинг» и доля пропущенных звонков больше 20%");
        assertThat(criteria.get("sizeMin")).isEqualTo(10);
        assertThat(card.getList("data.featureCard.antiSegments.slug")).contains("enterprise-own-telephony");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> match(JsonPath result, String slug) {
        List<Map<String, Object>> matches = result.getList("data.pitch.matches");
        return matches.stream().filter(m -> slug.equals(((Map<String, Object>) m.get("card")).get("slug"))).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " not among the matches " + slugs(result, "matches")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> exclusion(JsonPath result, String slug) {
        List<Map<String, Object>> excluded = result.getList("data.pitch.excluded");
        return excluded.stream().filter(m -> slug.equals(((Map<String, Object>) m.get("card")).get("slug"))).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " not among the exclusions"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> criteria(Map<String, Object> match) {
        return (List<Map<String, Object>>) ((Map<String, Object>) match.get("bestSegment")).get("criteria");
    }

    private static List<String> slugs(JsonPath result, String list) {
        return result.getList("data.pitch." + list + ".card.slug");
    }
}
