package com.example.portal.glossary;

import static com.example.portal.GraphQLClient.graphql;
import static com.example.portal.glossary.GlossaryFixtures.create;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class GlossaryListQuarkusTest {

    private static final String LIST = """
            query($first: Int, $after: String, $filter: GlossaryFilter, $orderBy: GlossaryTermOrder) {
              glossaryTerms(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
                totalCount edges { node { slug kind } } pageInfo { hasNextPage hasPreviousPage endCursor }
              }
            }""";

    @Test
    void findsTermsByTermOrAliasIgnoringCase() {
        term("test-gl-find-jtbd", "Zzfind JTBD", List.of("работа, которую нанимают", "Jobs To Be Done"));
        term("test-gl-find-cjm", "Zzfind CJM", List.of("КАРТА ПУТИ КЛИЕНТА", "100%_путь"));
        term("test-gl-find-referral", "Zzfind реферальная программа", List.of("Рефералка", "приведи коллегу"));

        // Cyrillic in another case than the stored text, both ways: the database's locale must not matter.
        // Sample terms match these words too, so only this test's terms are compared.
        assertThat(ours(Map.of("query", "рефералка"))).containsExactly("test-gl-find-referral");
        assertThat(ours(Map.of("query", "ПРИВЕДИ Коллегу"))).containsExactly("test-gl-find-referral");
        assertThat(ours(Map.of("query", "карта пути"))).containsExactly("test-gl-find-cjm");
        assertThat(ours(Map.of("query", "Путь"))).containsExactly("test-gl-find-cjm");
        assertThat(ours(Map.of("query", "jobs to BE"))).containsExactly("test-gl-find-jtbd");
        assertThat(slugs(Map.of("query", "zzFIND")))
                .containsExactly("test-gl-find-cjm", "test-gl-find-jtbd", "test-gl-find-referral");
        // LIKE wildcards in the text are plain characters.
        assertThat(slugs(Map.of("query", "0%_п"))).containsExactly("test-gl-find-cjm");
        assertThat(slugs(Map.of("query", "zzfind%jtbd"))).isEmpty();
        assertThat(slugs(Map.of("query", "zzfind\\ cjm"))).isEmpty();
    }

    @Test
    void filtersByKindAndPages() {
        for (String slug : List.of("test-gl-page-b", "test-gl-page-a", "test-gl-page-c")) {
            create(Map.of("slug", slug, "term", "Zzpage " + slug, "definition", "Метрика.", "kind", "METRIC",
                    "formula", "a / b", "ownerTeam", "Продажи"));
        }
        term("test-gl-page-term", "Zzpage term", List.of());
        Map<String, Object> metrics = Map.of("kind", "METRIC", "query", "zzpage");

        JsonPath first = graphql(LIST, "first", 2, "filter", metrics);
        assertThat(first.getInt("data.glossaryTerms.totalCount")).isEqualTo(3);
        assertThat(first.getList("data.glossaryTerms.edges.node.slug")).containsExactly("test-gl-page-a", "test-gl-page-b");
        assertThat(first.getBoolean("data.glossaryTerms.pageInfo.hasNextPage")).isTrue();
        JsonPath second = graphql(LIST, "first", 2, "filter", metrics, "after", first.getString("data.glossaryTerms.pageInfo.endCursor"));
        assertThat(second.getList("data.glossaryTerms.edges.node.slug")).containsExactly("test-gl-page-c");
        assertThat(second.getBoolean("data.glossaryTerms.pageInfo.hasNextPage")).isFalse();

        assertThat(slugs(Map.of("kind", "TERM", "query", "zzpage"))).containsExactly("test-gl-page-term");
        JsonPath newestFirst = graphql(LIST, "first", 10, "filter", Map.of("query", "zzpage"),
                "orderBy", Map.of("field", "CREATED_AT", "direction", "DESC"));
        assertThat(newestFirst.getList("data.glossaryTerms.edges.node.slug")).containsExactly(
                "test-gl-page-term", "test-gl-page-c", "test-gl-page-a", "test-gl-page-b");
    }

    @Test
    void metricsListsOnlyMetrics() {
        create(Map.of("slug", "test-gl-metrics-m", "term", "Zzmetrics metric", "definition", "Метрика.", "kind", "METRIC",
                "formula", "a / b", "ownerTeam", "Маркетинг"));
        term("test-gl-metrics-t", "Zzmetrics term", List.of());

        JsonPath metrics = graphql("""
                query { metrics(first: 100) { totalCount edges { node { slug kind formula ownerTeam } } } }""");
        List<String> kinds = metrics.getList("data.metrics.edges.node.kind");
        assertThat(kinds).isNotEmpty().containsOnly("METRIC");
        assertThat(metrics.getList("data.metrics.edges.node.slug", String.class))
                .contains("test-gl-metrics-m").doesNotContain("test-gl-metrics-t");
        assertThat(metrics.getInt("data.metrics.totalCount")).isEqualTo(kinds.size());
    }

    private static void term(String slug, String term, List<String> aliases) {
        create(Map.of("slug", slug, "term", term, "aliases", aliases, "definition", "Определение.", "kind", "TERM"));
    }

    /** The slugs of this class's "find" terms among all matches. */
    private static List<String> ours(Map<String, Object> filter) {
        return slugs(filter).stream().filter(slug -> slug.startsWith("test-gl-find-")).toList();
    }

    private static List<String> slugs(Map<String, Object> filter) {
        JsonPath page = graphql(LIST, "first", 100, "filter", filter);
        List<String> slugs = page.getList("data.glossaryTerms.edges.node.slug");
        assertThat(page.getInt("data.glossaryTerms.totalCount")).isEqualTo(slugs.size());
        return slugs;
    }
}
