package com.example.portal.segments;

import static com.example.portal.GraphQLClient.graphql;
import static com.example.portal.segments.SegmentFixtures.DELETE;
import static com.example.portal.segments.SegmentFixtures.bySlug;
import static com.example.portal.segments.SegmentFixtures.create;
import static com.example.portal.segments.SegmentFixtures.product;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.Operations;
import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The database keeps references intact: what a card or a segment still uses cannot be deleted. */
@QuarkusTest
class SegmentInUseQuarkusTest {

    @Test
    void refusesToDeleteASegmentACardTargets() {
        String id = create(Map.of("slug", "test-seg-inuse", "name", "Используемый")).getString("data.createSegment.segment.id");
        TestCards.createCard("test-seg-inuse-card-product", "test-seg-inuse-card", Map.of("targetSegmentSlugs", List.of("test-seg-inuse")));

        JsonPath refused = graphql(DELETE, "input", Map.of("id", id, "version", 0));
        assertThat(refused.getString("data.deleteSegment.deletedId")).isNull();
        assertThat(refused.getString("data.deleteSegment.userErrors[0].code")).isEqualTo("IN_USE");
        assertThat(bySlug("test-seg-inuse").getString("data.segment.slug")).isEqualTo("test-seg-inuse");
        assertThat(graphql("query($slug: String) { featureCard(slug: $slug) { targetSegments { slug } } }", "slug", "test-seg-inuse-card")
                .getList("data.featureCard.targetSegments.slug")).containsExactly("test-seg-inuse");
    }

    @Test
    void refusesToDeleteAProductASegmentNames() {
        String productId = product("test-seg-inuse-named", "Упомянутый продукт");
        create(Map.of("slug", "test-seg-inuse-names", "name", "Упоминает",
                "criteria", Map.of("productsNotOwned", List.of("test-seg-inuse-named"))));

        JsonPath refused = graphql(Operations.of("DeleteProduct"),
                "input", Map.of("id", productId, "version", 0));
        assertThat(refused.getString("data.deleteProduct.userErrors[0].code")).isEqualTo("IN_USE");
        assertThat(bySlug("test-seg-inuse-names").getList("data.segment.criteria.productsNotOwned.slug"))
                .containsExactly("test-seg-inuse-named");
    }
}
