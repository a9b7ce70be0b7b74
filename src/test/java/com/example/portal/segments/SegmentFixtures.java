package com.example.portal.segments;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.example.portal.Operations;

import io.restassured.path.json.JsonPath;

/**
 * GraphQL operations the segment tests share, and the products they need. The test profile imports the sample
 * content, so tests create their own objects with slugs starting "test-seg-" and never change sample objects.
 */
final class SegmentFixtures {

    static final String CREATE = Operations.of("CreateSegment");
    static final String UPDATE = Operations.of("UpdateSegment");
    static final String DELETE = Operations.of("DeleteSegment");
    static final String BY_SLUG = Operations.of("SegmentBySlug");

    private SegmentFixtures() {
    }

    /** Creates a product and returns its global id. */
    static String product(String slug, String name) {
        JsonPath created = graphql(Operations.of("CreateProduct"), "input", Map.of("slug", slug, "name", name));
        assertThat(created.getList("data.createProduct.userErrors")).isEmpty();
        return created.getString("data.createProduct.product.id");
    }

    /** Creates a segment that must be valid; the response has it at "data.createSegment.segment". */
    static JsonPath create(Map<String, Object> input) {
        JsonPath created = graphql(CREATE, "input", input);
        assertThat(created.getList("data.createSegment.userErrors")).isEmpty();
        return created;
    }

    /** The response has the segment at "data.segment". */
    static JsonPath bySlug(String slug) {
        return graphql(BY_SLUG, "slug", slug);
    }
}
