package com.example.portal.products;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.Operations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ProductApiQuarkusTest {

    private static final String CREATE = Operations.of("CreateProduct");
    private static final String UPDATE = Operations.of("UpdateProduct");
    private static final String BY_SLUG = Operations.of("ProductBySlug");

    @Test
    void createsReadsUpdatesAndDeletesAProduct() {
        JsonPath created = graphql(CREATE, "input", Map.of("slug", "test-product-crud", "name", "Тестовый продукт"));
        assertThat(created.getList("data.createProduct.userErrors")).isEmpty();
        String id = created.getString("data.createProduct.product.id");
        int version = created.getInt("data.createProduct.product.version");

        assertThat(graphql(BY_SLUG, "slug", "test-product-crud").getString("data.product.id")).isEqualTo(id);
        assertThat(graphql("query($id: ID!) { node(id: $id) { id ... on Product { slug } } }", "id", id)
                .getString("data.node.slug")).isEqualTo("test-product-crud");

        JsonPath updated = graphql(UPDATE, "input", Map.of("id", id, "version", version, "name", "Новое имя"));
        assertThat(updated.getString("data.updateProduct.product.name")).isEqualTo("Новое имя");
        assertThat(updated.getInt("data.updateProduct.product.version")).isEqualTo(version + 1);

        JsonPath deleted = graphql(Operations.of("DeleteProduct"),
                "input", Map.of("id", id, "version", version + 1));
        assertThat(deleted.getString("data.deleteProduct.deletedId")).isEqualTo(id);
        assertThat(graphql(BY_SLUG, "slug", "test-product-crud").getString("data.product")).isNull();
    }

    @Test
    void aRenamedProductShowsOnItsCardsAtOnce() {
        // Cards read their product from the in-memory catalog (ProductCatalog): a rename must not wait for it to age.
        String card = "query { featureCard(slug: \"call-recordings\") { product { id name version } } }";
        JsonPath before = graphql(card);
        String id = before.getString("data.featureCard.product.id");
        String name = before.getString("data.featureCard.product.name");
        int version = before.getInt("data.featureCard.product.version");
        assertThat(graphql(UPDATE, "input", Map.of("id", id, "version", version, "name", "Переименованный продукт"))
                .getList("data.updateProduct.userErrors")).isEmpty();
        assertThat(graphql(card).getString("data.featureCard.product.name")).isEqualTo("Переименованный продукт");
        assertThat(graphql(UPDATE, "input", Map.of("id", id, "version", version + 1, "name", name))
                .getList("data.updateProduct.userErrors")).isEmpty();
        assertThat(graphql(card).getString("data.featureCard.product.name")).isEqualTo(name);
    }

    @Test
    void refusesInvalidInputNamingEveryFieldAndStoresNothing() {
        JsonPath refused = graphql(CREATE, "input", Map.of("slug", "Bad Slug!", "name", " ", "description", "x".repeat(5001)));
        assertThat(refused.getString("data.createProduct.product")).isNull();
        List<Map<String, Object>> errors = refused.getList("data.createProduct.userErrors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactlyInAnyOrder(
                List.of("input", "slug"), List.of("input", "name"), List.of("input", "description"));
        assertThat(errors).extracting(e -> e.get("code")).containsExactlyInAnyOrder("INVALID", "REQUIRED", "TOO_LONG");
        assertThat(graphql(BY_SLUG, "slug", "Bad Slug!").getString("data.product")).isNull();
    }

    @Test
    void refusesDuplicateSlug() {
        graphql(CREATE, "input", Map.of("slug", "test-product-dup", "name", "Первый"));
        JsonPath second = graphql(CREATE, "input", Map.of("slug", "test-product-dup", "name", "Второй"));
        assertThat(second.getString("data.createProduct.userErrors[0].code")).isEqualTo("DUPLICATE");
        assertThat(second.getList("data.createProduct.userErrors[0].field")).containsExactly("input", "slug");
        assertThat(graphql(BY_SLUG, "slug", "test-product-dup").getString("data.product.name")).isEqualTo("Первый");
    }

    @Test
    void staleVersionOverwritesNothing() {
        JsonPath created = graphql(CREATE, "input", Map.of("slug", "test-product-stale", "name", "Исходное"));
        String id = created.getString("data.createProduct.product.id");
        graphql(UPDATE, "input", Map.of("id", id, "version", 0, "name", "Первая правка"));
        JsonPath stale = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "name", "Вторая правка"));
        assertThat(stale.getString("data.updateProduct.userErrors[0].code")).isEqualTo("STALE_VERSION");
        assertThat(stale.getList("data.updateProduct.userErrors[0].field")).containsExactly("input", "version");
        assertThat(graphql(BY_SLUG, "slug", "test-product-stale").getString("data.product.name")).isEqualTo("Первая правка");
    }

    @Test
    void pagesThroughProductsWithCursors() {
        for (int i = 0; i < 3; i++) {
            graphql(CREATE, "input", Map.of("slug", "test-page-" + i, "name", "zz-page-" + i));
        }
        String page = """
                query($first: Int, $after: String) {
                  products(first: $first, after: $after, orderBy: {field: CREATED_AT, direction: DESC}) {
                    totalCount edges { cursor node { name } } pageInfo { hasNextPage hasPreviousPage endCursor }
                  }
                }""";
        JsonPath first = graphql(page, "first", 2);
        assertThat(first.getList("data.products.edges.node.name")).containsExactly("zz-page-2", "zz-page-1");
        assertThat(first.getBoolean("data.products.pageInfo.hasNextPage")).isTrue();
        JsonPath second = graphql(page, "first", 1, "after", first.getString("data.products.pageInfo.endCursor"));
        assertThat(second.getList("data.products.edges.node.name")).containsExactly("zz-page-0");
        assertThat(second.getBoolean("data.products.pageInfo.hasPreviousPage")).isTrue();

        JsonPath badCursor = graphql(page, "first", 1, "after", "not-a-cursor");
        assertThat(badCursor.getString("errors[0].message")).contains("after");
        assertThat(badCursor.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
    }
}
