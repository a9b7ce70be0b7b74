package com.example.portal.pitch;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The pitch page's contract: a form field for every metric the results can ask about, a verdict, a reason, questions. */
@QuarkusTest
class PitchFormApiQuarkusTest {

    private static final String PITCH = """
            query($client: ClientProfileInput!) {
              pitch(client: $client) {
                matches { card { slug } verdict reason questions
                          targetSegments { criteria { kind question } } antiSegments { criteria { kind question } } }
              }
            }""";

    @Test
    @SuppressWarnings("unchecked")
    void theFormAsksForEveryMetricTheResultsCanAskAbout() {
        JsonPath form = graphql("{ pitchForm { metrics { key label unit question definition } industries { key name } } }");
        List<Map<String, Object>> metrics = form.getList("data.pitchForm.metrics");
        List<Map<String, Object>> matches = graphql(PITCH, "client", Map.of()).getList("data.pitch.matches");
        List<String> questions = matches.stream()
                .flatMap(m -> java.util.stream.Stream.of("targetSegments", "antiSegments").flatMap(k -> ((List<Map<String, Object>>) m.get(k)).stream()))
                .flatMap(s -> ((List<Map<String, Object>>) s.get("criteria")).stream())
                .filter(c -> "METRIC".equals(c.get("kind"))).map(c -> (String) c.get("question")).toList();
        assertThat(questions).isNotEmpty();
        assertThat(metrics).extracting(m -> (String) m.get("question")).containsAll(questions);
        assertThat(metrics).extracting(m -> m.get("key")).contains("missed_call_share", "monthly_responses", "open_vacancies",
                "response_rate", "days_since_signup", "paid_services_count");
        Map<String, Object> responses = metrics.stream().filter(m -> m.get("key").equals("monthly_responses")).findFirst().orElseThrow();
        assertThat(responses.get("label")).isEqualTo("Откликов в месяц");
        assertThat(responses.get("question")).isEqualTo("Сколько у вас откликов в месяц?");
        Map<String, Object> missed = metrics.stream().filter(m -> m.get("key").equals("missed_call_share")).findFirst().orElseThrow();
        assertThat(missed.get("question")).isEqualTo("Какая у вас доля пропущенных звонков, в процентах?");
        assertThat(missed.get("unit")).isEqualTo("%");
        // The definition is the glossary's, found by the metric key among the term's aliases.
        assertThat((String) missed.get("definition")).contains("звонков кандидатов");
        assertThat(form.getList("data.pitchForm.industries.key")).contains("retail", "horeca", "logistics", "it");
        assertThat(form.getList("data.pitchForm.industries.name")).contains("розница");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClientWhoMeetsEverySignFitsAndOneWithGapsGetsTheQuestionsToAsk() {
        JsonPath fits = graphql(PITCH, "client", Map.of("employees", 50, "industry", "retail", "productsOwned", List.of("vacancies"),
                "metrics", List.of(Map.of("metric", "missed_call_share", "value", 35))));
        Map<String, Object> callTracking = match(fits, "call-tracking-employers");
        assertThat(callTracking.get("verdict")).isEqualTo("FITS");
        assertThat((List<?>) callTracking.get("questions")).isEmpty();
        assertThat((String) callTracking.get("reason")).startsWith("Клиент из сегмента «Теряют звонки кандидатов и не видят этого»")
                .contains("доля пропущенных звонков больше 20%").doesNotContainPattern("[A-Za-z]");

        JsonPath gaps = graphql(PITCH, "client", Map.of("employees", 120, "productsOwned", List.of("vacancies")));
        Map<String, Object> maybe = match(gaps, "call-tracking-employers");
        assertThat(maybe.get("verdict")).isEqualTo("ASK_CLIENT");
        assertThat((String) maybe.get("reason")).startsWith("Может подойти: сегмент «").contains("спросите у клиента");
        assertThat((List<String>) maybe.get("questions")).contains("Какая у вас доля пропущенных звонков, в процентах?");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> match(JsonPath result, String slug) {
        List<Map<String, Object>> matches = result.getList("data.pitch.matches");
        return matches.stream().filter(m -> slug.equals(((Map<String, Object>) m.get("card")).get("slug"))).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " not among the matches"));
    }
}
