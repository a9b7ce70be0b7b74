package com.example.portal.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** What the segment page for marketers reads: the published cards on either side of a segment, and its CRM filter. */
@QuarkusTest
class SegmentPageApiQuarkusTest {

    private static final String PAGE = """
            query($slug: String!) { segment(slug: $slug) {
              cardsTargeting { slug status } cardsExcluding { slug status }
              criteria { crmFilter { field label operator values } } } }""";

    @Test
    void theCardsOnEitherSideAreThePublishedOnesForEveryRole() {
        for (GraphQLClient reader : List.of(GraphQLClient.as("mila.segment", "marketing"), GraphQLClient.as("petr.segment", "pm"))) {
            JsonPath page = reader.run(PAGE, "slug", "enterprise-own-telephony");
            List<String> targeting = page.getList("data.segment.cardsTargeting.slug");
            List<String> excluding = page.getList("data.segment.cardsExcluding.slug");
            assertThat(targeting).contains("candidate-status-sync", "crm-ats-integration").doesNotContain("hiring-funnel-report");
            assertThat(excluding).contains("call-tracking-employers", "missed-call-notifications", "self-serve-payment")
                    .doesNotContain("call-recordings");
            assertThat(page.getList("data.segment.cardsTargeting.status", String.class)).containsOnly("PUBLISHED");
            assertThat(page.getList("data.segment.cardsExcluding.status", String.class)).containsOnly("PUBLISHED");
        }
    }

    @Test
    void theCrmFilterMapsEveryCriterionToACompanyField() {
        JsonPath page = GraphQLClient.as("mila.segment", "marketing").run(PAGE, "slug", "missing-calls-no-tracking");
        List<Map<String, Object>> filter = page.getList("data.segment.criteria.crmFilter");
        assertThat(filter).containsExactly(
                Map.of("field", "employees", "label", "Число сотрудников", "operator", "GTE", "values", List.of("10")),
                Map.of("field", "products", "label", "Продукты клиента", "operator", "HAS_ALL", "values", List.of("vacancies")),
                Map.of("field", "products", "label", "Продукты клиента", "operator", "HAS_NONE", "values", List.of("call-tracking")),
                Map.of("field", "metric.missed_call_share", "label", "Доля пропущенных звонков", "operator", "GT", "values", List.of("20")));
    }
}
