package com.example.portal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A pending edit carries the references and interval approval would publish, so the editor can reopen it whole; the
 * card itself keeps the published ones.
 */
@QuarkusTest
class PendingRevisionReferencesQuarkusTest {

    static final GraphQLClient ANNA = GraphQLClient.as("pm.anna", "pm");

    static final String VIEW = """
            query($slug: String) { featureCard(slug: $slug) {
              targetSegments { slug } antiSegments { slug } verification { everyDays }
              pendingRevision { product { slug } targetSegments { slug } antiSegments { slug } glossaryTerms { slug } verifyEveryDays }
            } }""";

    @Test
    void thePendingEditHoldsItsSegmentsProductTermsAndInterval() {
        Map<String, Object> card = TestCards.publish(TestCards.createCard("pending-refs-product", "pending-refs",
                Map.of("targetSegmentSlugs", List.of("missing-calls-no-tracking"))));
        JsonPath edited = ANNA.run("""
                mutation($input: UpdateFeatureCardInput!) { updateFeatureCard(input: $input) { userErrors { field message code } } }""",
                "input", Map.of("id", card.get("id"), "version", card.get("version"),
                        "targetSegmentSlugs", List.of("enterprise-own-telephony"), "antiSegmentSlugs", List.of("specialist-hiring"),
                        "verifyEveryDays", 30));
        assertThat(edited.getList("data.updateFeatureCard.userErrors")).isEmpty();

        JsonPath pm = ANNA.run(VIEW, "slug", "pending-refs");
        assertThat(pm.getList("data.featureCard.targetSegments.slug")).containsExactly("missing-calls-no-tracking");
        assertThat(pm.getList("data.featureCard.antiSegments")).isEmpty();
        assertThat(pm.getInt("data.featureCard.verification.everyDays")).isEqualTo(90);
        assertThat(pm.getString("data.featureCard.pendingRevision.product.slug")).isEqualTo("pending-refs-product");
        assertThat(pm.getList("data.featureCard.pendingRevision.targetSegments.slug")).containsExactly("enterprise-own-telephony");
        assertThat(pm.getList("data.featureCard.pendingRevision.antiSegments.slug")).containsExactly("specialist-hiring");
        assertThat(pm.getList("data.featureCard.pendingRevision.glossaryTerms")).isEmpty();
        assertThat(pm.getInt("data.featureCard.pendingRevision.verifyEveryDays")).isEqualTo(30);
    }
}
