package com.example.portal.segments;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.restassured.path.json.JsonPath;

/**
 * GraphQL operations the segment tests share, and the products they need. The test profile imports the sample
 * content, so tests create their own objects with slugs starting "test-seg-" and never change sample objects.
 */
final class SegmentFixtures {

    static final String SEGMENT_FIELDS = """
            id slug name description version createdAt updatedAt
            criteria {
              sizeMin sizeMax industries
              productsOwned { slug name } productsNotOwned { slug name }
              metricConditions { metric operator threshold }
            }""";

    static final String CREATE = """
            mutation($input: CreateSegmentInput!) {
              createSegment(input: $input) { segment { %s } userErrors { field message code } }
            }""".formatted(SEGMENT_FIELDS);

    static final String UPDATE = """
            mutation($input: UpdateSegmentInput!) {
              updateSegment(input: $input) { segment { %s } userErrors { field message code } }
            }""".formatted(SEGMENT_FIELDS);

    static final String DELETE = """
            mutation($input: DeleteInput!) { deleteSegment(input: $input) { deletedId userErrors { field message code } } }""";

    static final String BY_SLUG = """
            query($slug: String) { segment(slug: $slug) { %s } }""".formatted(SEGMENT_FIELDS);

    private SegmentFixtures() {
    }

    /** Creates a product and returns its global id. */
    static String product(String slug, String name) {
        JsonPath created = graphql("""
                mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } userErrors { message } } }""",
                "input", Map.of("slug", slug, "name", name));
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
