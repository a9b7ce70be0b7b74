package com.example.portal.evidence;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** evidencePreview: the figures' statistics exactly as stored evidence gets them, its refusals, and that it stores nothing. */
@QuarkusTest
class EvidencePreviewApiQuarkusTest {

    private static final String PREVIEW = """
            query($input: EvidencePreviewInput!) {
              evidencePreview(input: $input) {
                sampleSize
                statistics { verdict claim method controlRate variantRate differenceInterval { low high } pValue
                             satisfiedShare interval { low high } change relativeChangePercent }
                userErrors { field message code }
              }
            }""";

    private static final String STORED = """
            query($slug: String) {
              evidence(slug: $slug) {
                sampleSize
                statistics { verdict claim method controlRate variantRate differenceInterval { low high } pValue
                             satisfiedShare interval { low high } change relativeChangePercent }
              }
            }""";

    private static final GraphQLClient PM = GraphQLClient.as("pm.preview", "pm");

    @Test
    void anAbTestPreviewEqualsTheStoredEvidenceWithTheSameCounts() {
        // content/evidence.yaml: call-tracking-ab-2026 has 360 of 1000 without and 500 of 1000 with the feature.
        JsonPath preview = PM.run(PREVIEW, "input", Map.of("kind", "AB_TEST", "abTest",
                Map.of("controlUsers", 1000, "controlConversions", 360, "variantUsers", 1000, "variantConversions", 500)));
        assertThat(preview.getList("data.evidencePreview.userErrors")).isEmpty();
        Map<String, Object> stored = graphql(STORED, "slug", "call-tracking-ab-2026").getMap("data.evidence");
        Map<String, Object> previewed = preview.getMap("data.evidencePreview");
        previewed.remove("userErrors");
        assertThat(previewed).isEqualTo(stored);
        assertThat(preview.getString("data.evidencePreview.statistics.verdict")).isEqualTo("SIGNIFICANT");
    }

    @Test
    void smallSurveysAndPilotsGetTheirHonestClaim() {
        JsonPath survey = PM.run(PREVIEW, "input", Map.of("kind", "INTERVIEW", "survey", Map.of("respondents", 8, "satisfied", 7)));
        assertThat(survey.getString("data.evidencePreview.statistics.verdict")).isEqualTo("TOO_LITTLE_DATA");
        assertThat(survey.getString("data.evidencePreview.statistics.claim")).startsWith("Данных слишком мало для вывода");
        assertThat(survey.getInt("data.evidencePreview.sampleSize")).isEqualTo(8);

        JsonPath pilot = PM.run(PREVIEW, "input", Map.of("kind", "PILOT",
                "pilot", Map.of("metric", "Доля пропущенных звонков", "before", 31, "after", 12, "participants", 40)));
        assertThat(pilot.getString("data.evidencePreview.statistics.verdict")).isEqualTo("NO_CONTROL_GROUP");
        assertThat(pilot.getDouble("data.evidencePreview.statistics.change")).isEqualTo(-19.0);
        assertThat(pilot.getString("data.evidencePreview.statistics.claim")).contains("без контрольной группы");
    }

    @Test
    void badFiguresGetEveryUserErrorAndNoStatistics() {
        JsonPath preview = PM.run(PREVIEW, "input", Map.of("kind", "AB_TEST", "abTest",
                Map.of("controlUsers", 0, "controlConversions", 3, "variantUsers", 100, "variantConversions", 101),
                "survey", Map.of("respondents", 10, "satisfied", 5)));
        assertThat(preview.getString("data.evidencePreview.statistics")).isNull();
        assertThat(preview.getString("data.evidencePreview.sampleSize")).isNull();
        assertThat(preview.getList("data.evidencePreview.userErrors.field")).containsExactlyInAnyOrder(
                List.of("input", "survey"), List.of("input", "abTest", "controlUsers"),
                List.of("input", "abTest", "controlConversions"), List.of("input", "abTest", "variantConversions"));
        assertThat(preview.getString("data.evidencePreview.userErrors.find { it.field == ['input', 'abTest', 'variantConversions'] }.message"))
                .isEqualTo("variantConversions (101) cannot exceed variantUsers (100).");

        JsonPath noKind = PM.run(PREVIEW, "input", Map.of());
        assertThat(noKind.getList("data.evidencePreview.userErrors.code")).containsExactly("REQUIRED");
        assertThat(noKind.getList("data.evidencePreview.userErrors[0].field")).containsExactly("input", "kind");
    }

    @Test
    void aPreviewStoresNothing() {
        long before = graphql("{ allEvidence(first: 0) { totalCount } }").getLong("data.allEvidence.totalCount");
        for (int conversions = 0; conversions < 5; conversions++) {
            PM.run(PREVIEW, "input", Map.of("kind", "SURVEY", "survey", Map.of("respondents", 50, "satisfied", conversions)));
        }
        assertThat(graphql("{ allEvidence(first: 0) { totalCount } }").getLong("data.allEvidence.totalCount")).isEqualTo(before);
    }

    @Test
    void salesAndMarketingMayNotPreview() {
        for (String role : List.of("sales", "marketing")) {
            JsonPath refused = GraphQLClient.as(role + ".preview", role).run(PREVIEW, "input",
                    Map.of("kind", "SURVEY", "survey", Map.of("respondents", 50, "satisfied", 40)));
            assertThat(refused.getList("errors.extensions.code")).as(role).containsExactly("FORBIDDEN");
            assertThat(refused.getString("data")).as(role).isNull();
        }
        JsonPath admin = graphql(PREVIEW, "input", Map.of("kind", "SURVEY", "survey", Map.of("respondents", 50, "satisfied", 40)));
        assertThat(admin.getString("data.evidencePreview.statistics.verdict")).isEqualTo("ESTIMATE");
    }
}
