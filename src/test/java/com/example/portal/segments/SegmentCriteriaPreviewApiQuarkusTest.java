package com.example.portal.segments;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** segmentCriteriaPreview: the sentence as saved, the cards an edit would flag, refusals, PMs only, nothing stored. */
@QuarkusTest
class SegmentCriteriaPreviewApiQuarkusTest {

    private static final String PREVIEW = """
            query($input: SegmentCriteriaPreviewInput!) {
              segmentCriteriaPreview(input: $input) {
                sentence changesSegment cardsToReverify { slug } userErrors { field message code }
              }
            }""";

    private static final GraphQLClient PM = GraphQLClient.as("pm.segment-preview", "pm");

    @Test
    void anEditListsTheCardsItWouldFlagAndStoresNothing() {
        JsonPath created = SegmentFixtures.create(Map.of("slug", "test-seg-preview", "name", "Средние компании",
                "criteria", Map.of("sizeMin", 10)));
        String id = created.getString("data.createSegment.segment.id");
        int version = created.getInt("data.createSegment.segment.version");
        Map<String, Object> card = new HashMap<>();
        card.put("targetSegmentSlugs", List.of("test-seg-preview"));
        TestCards.publish(TestCards.createCard("test-seg-preview-product", "test-seg-preview-card", card));

        JsonPath same = PM.run(PREVIEW, "input", Map.of("id", id, "name", "Средние компании", "criteria", Map.of("sizeMin", 10)));
        assertThat(same.getBoolean("data.segmentCriteriaPreview.changesSegment")).isFalse();
        assertThat(same.getList("data.segmentCriteriaPreview.cardsToReverify")).isEmpty();

        JsonPath edit = PM.run(PREVIEW, "input", Map.of("id", id, "criteria",
                Map.of("sizeMin", 50, "industries", List.of("retail"),
                        "metricConditions", List.of(Map.of("metric", "missed_call_share", "operator", "GT", "threshold", 20)))));
        assertThat(edit.getList("data.segmentCriteriaPreview.userErrors")).isEmpty();
        assertThat(edit.getString("data.segmentCriteriaPreview.sentence"))
                .isEqualTo("Компании от 50 сотрудников из отраслей: розница, у которых доля пропущенных звонков больше 20%");
        assertThat(edit.getBoolean("data.segmentCriteriaPreview.changesSegment")).isTrue();
        assertThat(edit.getList("data.segmentCriteriaPreview.cardsToReverify.slug")).containsExactly("test-seg-preview-card");

        JsonPath stored = SegmentFixtures.bySlug("test-seg-preview");
        assertThat(stored.getInt("data.segment.version")).isEqualTo(version);
        assertThat(stored.getInt("data.segment.criteria.sizeMin")).isEqualTo(10);
        assertThat(graphql("query($slug: String) { segment(slug: $slug) { publishedCardCount } }", "slug", "test-seg-preview")
                .getInt("data.segment.publishedCardCount")).isEqualTo(1);
    }

    @Test
    void badCriteriaGetUserErrorsAndNoSentence() {
        JsonPath refused = PM.run(PREVIEW, "input", Map.of("criteria", Map.of("sizeMin", 100, "sizeMax", 10,
                "productsOwned", List.of("no-such-product"))));
        assertThat(refused.getString("data.segmentCriteriaPreview.sentence")).isNull();
        assertThat(refused.getList("data.segmentCriteriaPreview.userErrors.field")).containsExactlyInAnyOrder(
                List.of("input", "criteria", "sizeMin"), List.of("input", "criteria", "productsOwned", "0"));
    }

    @Test
    void salesMayNotPreview() {
        JsonPath refused = GraphQLClient.as("sales.segment-preview", "sales").run(PREVIEW, "input", Map.of());
        assertThat(refused.getList("errors.extensions.code")).containsExactly("FORBIDDEN");
    }
}
