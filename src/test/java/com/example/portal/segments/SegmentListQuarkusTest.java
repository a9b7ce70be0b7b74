package com.example.portal.segments;

import static com.example.portal.GraphQLClient.graphql;
import static com.example.portal.segments.SegmentFixtures.create;
import static com.example.portal.segments.SegmentFixtures.product;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SegmentListQuarkusTest {

    private static final String LIST = """
            query($first: Int, $after: String, $filter: SegmentFilter, $orderBy: SegmentOrder) {
              segments(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
                totalCount
                edges { cursor node { slug criteria { productsOwned { slug } productsNotOwned { slug } } } }
                pageInfo { hasNextPage hasPreviousPage endCursor }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void pagesThroughSegmentsOfAnIndustry() {
        for (String slug : List.of("test-seg-page-b", "test-seg-page-a", "test-seg-page-c")) {
            create(Map.of("slug", slug, "name", slug, "criteria", Map.of("industries", List.of("retail", "tsegpage"))));
        }
        create(Map.of("slug", "test-seg-page-other", "name", "test-seg-page-other", "criteria", Map.of("industries", List.of("it"))));
        Map<String, Object> filter = Map.of("industry", "tsegpage");

        JsonPath first = graphql(LIST, "first", 2, "filter", filter);
        assertThat(first.getInt("data.segments.totalCount")).isEqualTo(3);
        assertThat(first.getList("data.segments.edges.node.slug")).containsExactly("test-seg-page-a", "test-seg-page-b");
        assertThat(first.getBoolean("data.segments.pageInfo.hasNextPage")).isTrue();
        assertThat(first.getBoolean("data.segments.pageInfo.hasPreviousPage")).isFalse();

        JsonPath second = graphql(LIST, "first", 2, "filter", filter, "after", first.getString("data.segments.pageInfo.endCursor"));
        assertThat(second.getList("data.segments.edges.node.slug")).containsExactly("test-seg-page-c");
        assertThat(second.getBoolean("data.segments.pageInfo.hasNextPage")).isFalse();
        assertThat(second.getBoolean("data.segments.pageInfo.hasPreviousPage")).isTrue();

        JsonPath newestFirst = graphql(LIST, "first", 3, "filter", filter,
                "orderBy", Map.of("field", "CREATED_AT", "direction", "DESC"));
        assertThat(newestFirst.getList("data.segments.edges.node.slug"))
                .containsExactly("test-seg-page-c", "test-seg-page-a", "test-seg-page-b");
        JsonPath byNameDescending = graphql(LIST, "first", 3, "filter", filter, "orderBy", Map.of("field", "NAME", "direction", "DESC"));
        assertThat(byNameDescending.getList("data.segments.edges.node.slug"))
                .containsExactly("test-seg-page-c", "test-seg-page-b", "test-seg-page-a");
    }

    @Test
    void filtersByProductOwnedOrNotAndByIndustry() {
        product("test-seg-filter-p", "Фильтруемый продукт");
        product("test-seg-filter-q", "Другой продукт");
        create(Map.of("slug", "test-seg-filter-owns", "name", "Владеют",
                "criteria", Map.of("industries", List.of("retail"), "productsOwned", List.of("test-seg-filter-p"))));
        create(Map.of("slug", "test-seg-filter-lacks", "name", "Не владеют",
                "criteria", Map.of("industries", List.of("it"), "productsNotOwned", List.of("test-seg-filter-p"))));
        create(Map.of("slug", "test-seg-filter-other", "name", "Другое",
                "criteria", Map.of("industries", List.of("retail"), "productsOwned", List.of("test-seg-filter-q"))));

        assertThat(slugs(Map.of("productSlug", "test-seg-filter-p")))
                .containsExactlyInAnyOrder("test-seg-filter-owns", "test-seg-filter-lacks");
        assertThat(slugs(Map.of("productSlug", "test-seg-filter-p", "industry", "retail")))
                .containsExactly("test-seg-filter-owns");
        JsonPath unknown = graphql(LIST, "filter", Map.of("productSlug", "test-seg-filter-none"));
        assertThat(unknown.getList("data.segments.edges")).isEmpty();
        assertThat(unknown.getInt("data.segments.totalCount")).isZero();
    }

    private static List<String> slugs(Map<String, Object> filter) {
        JsonPath page = graphql(LIST, "first", 100, "filter", filter);
        List<String> slugs = page.getList("data.segments.edges.node.slug");
        assertThat(page.getInt("data.segments.totalCount")).isEqualTo(slugs.size());
        return slugs;
    }

    @Test
    void loadsTheProductsOfAllListedSegmentsInOneCall() {
        product("test-seg-batch-a", "Пакет A");
        product("test-seg-batch-b", "Пакет B");
        product("test-seg-batch-c", "Пакет C");
        for (int i = 0; i < 5; i++) {
            create(Map.of("slug", "test-seg-batch-" + i, "name", "test-seg-batch-" + i, "criteria", Map.of(
                    "industries", List.of("tsegbatch"),
                    "productsOwned", i % 2 == 0 ? List.of("test-seg-batch-a", "test-seg-batch-b") : List.of("test-seg-batch-c"),
                    "productsNotOwned", i % 2 == 0 ? List.of("test-seg-batch-c") : List.of())));
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        graphql(LIST, "first", 1, "filter", Map.of("industry", "tsegbatch"));
        long statementsForOne = statistics.getPrepareStatementCount();
        statistics.clear();

        JsonPath page = graphql(LIST, "first", 10, "filter", Map.of("industry", "tsegbatch"));

        assertThat(page.getList("data.segments.edges.node.slug")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            String at = "data.segments.edges[" + i + "].node.criteria.";
            assertThat(page.getList(at + "productsOwned.slug")).containsExactlyElementsOf(
                    i % 2 == 0 ? List.of("test-seg-batch-a", "test-seg-batch-b") : List.of("test-seg-batch-c"));
            assertThat(page.getList(at + "productsNotOwned.slug")).containsExactlyElementsOf(
                    i % 2 == 0 ? List.of("test-seg-batch-c") : List.of());
        }
        // Five segments with their products cost as many statements as one: products are loaded in one call per field.
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(statementsForOne);
    }
}
