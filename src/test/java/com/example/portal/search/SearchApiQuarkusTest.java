package com.example.portal.search;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.Operations;
import com.example.portal.TestCards;
import com.example.portal.graphql.PageRequest;
import com.example.portal.operations.Metrics;
import com.example.portal.search.api.SearchConnection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchApiQuarkusTest {

    private static final String SEARCH = """
            query($q: String!, $filter: SearchFilter, $first: Int) {
              search(query: $q, filter: $filter, first: $first) {
                totalCount
                edges { node { type slug score textMatches { field fragment }
                               node { id ... on FeatureCard { title status } ... on GlossaryTerm { term } } } }
                facets { type { value count } product { value count } tag { value count } }
              }
            }""";

    @BeforeEach
    void indexReady() throws InterruptedException {
        for (int i = 0; i < 600 && !graphql("{ searchIndexStatus { ready } }").getBoolean("data.searchIndexStatus.ready"); i++) {
            Thread.sleep(100);
        }
    }

    /** Sales reps read published content only; most tests search as one. */
    static final GraphQLClient SALES = GraphQLClient.as("sales.test", "sales");

    private static List<String> ids(String query) {
        JsonPath result = SALES.run(SEARCH, "q", query, "first", 10);
        assertThat(result.getList("errors")).as("errors for " + query).isNull();
        List<String> types = result.getList("data.search.edges.node.type");
        List<String> slugs = result.getList("data.search.edges.node.slug");
        return java.util.stream.IntStream.range(0, slugs.size()).mapToObj(i -> types.get(i) + ":" + slugs.get(i)).toList();
    }

    private static final String LEAN_SEARCH = """
            query($q: String!, $first: Int) {
              search(query: $q, first: $first) { totalCount edges { node { type slug score } } }
            }""";

    @Inject
    SearchService service;

    @Test
    void skippingHighlightsAndFacetsLeavesTheResultsUnchanged() {
        for (String query : List.of("колл-трекинг", "промакоды", "звонки", "рефералка")) {
            JsonPath full = SALES.run(SEARCH, "q", query, "first", 10);
            JsonPath lean = SALES.run(LEAN_SEARCH, "q", query, "first", 10);
            assertThat(lean.getList("errors")).as("errors for " + query).isNull();
            for (String path : List.of("data.search.totalCount", "data.search.edges.node.slug", "data.search.edges.node.score")) {
                assertThat(lean.<Object>get(path)).as(path + " for " + query).isEqualTo(full.get(path));
            }
            // The lean request really does less: no fragments, no facets computed.
            SearchConnection skipped = service.search(query, null, PageRequest.of(10, null), false, "sales",
                    new SearchService.Selected(false, false, true, FacetCounter.TOP));
            assertThat(skipped.facets).isNull();
            assertThat(skipped.edges).allSatisfy(edge -> assertThat(edge.node.textMatches).isNull());
        }
    }

    private static final String FEW_FACETS = """
            query($q: String!, $values: Int) {
              search(query: $q, first: 5) { facets(first: $values) { type { value count } tag { value count } } }
            }""";

    @Test
    void facetsListAsManyValuesAsAskedForMostFrequentFirst() {
        JsonPath all = SALES.run(SEARCH, "q", "звонки", "first", 5);
        List<Map<String, Object>> tags = all.getList("data.search.facets.tag");
        assertThat(tags).hasSizeGreaterThan(3);
        JsonPath two = SALES.run(FEW_FACETS, "q", "звонки", "values", 2);
        assertThat(two.getList("errors")).isNull();
        assertThat(two.<List<Object>>get("data.search.facets.tag")).isEqualTo(tags.subList(0, 2));
        assertThat(two.getList("data.search.facets.type")).hasSizeLessThanOrEqualTo(2);
        JsonPath aliased = SALES.run("""
                query($q: String!) {
                  search(query: $q, first: 5) { one: facets(first: 1) { tag { value count } } three: facets(first: 3) { tag { value count } } }
                }""", "q", "звонки");
        assertThat(aliased.<List<Object>>get("data.search.one.tag")).isEqualTo(tags.subList(0, 1));
        assertThat(aliased.<List<Object>>get("data.search.three.tag")).isEqualTo(tags.subList(0, 3));
        JsonPath explicitNull = SALES.run(FEW_FACETS.replace("facets(first: $values)", "facets(first: null)").replace(", $values: Int", ""), "q", "звонки");
        assertThat(explicitNull.getList("errors")).isNull();
        assertThat(explicitNull.<List<Object>>get("data.search.facets.tag")).isEqualTo(tags);
        for (int values : new int[] {0, 51}) {
            JsonPath refused = SALES.run(FEW_FACETS, "q", "звонки", "values", values);
            assertThat(refused.getString("errors[0].message")).isEqualTo("Argument 'first' of 'facets' must be 1 to 50.");
            assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void highlightedTextsAreReadOnceAndKept() {
        Metrics before = Metrics.scrape();
        SALES.run(SEARCH, "q", "пропущенные звонки", "first", 10);
        Metrics between = Metrics.scrape();
        // Another query (so no whole result comes from the result cache) with hits the first one highlighted.
        SALES.run(SEARCH, "q", "пропущенных звонков", "first", 10);
        Metrics after = Metrics.scrape();
        // The first search's texts come from the stored fields, or from memory if an earlier test highlighted them.
        assertThat(gets(between) - gets(before)).isPositive();
        assertThat(after.valueOrZero("cache_gets_total", "cache", "stored-texts", "result", "hit")
                - between.valueOrZero("cache_gets_total", "cache", "stored-texts", "result", "hit")).isPositive();
    }

    private static double gets(Metrics metrics) {
        return metrics.valueOrZero("cache_gets_total", "cache", "stored-texts", "result", "hit")
                + metrics.valueOrZero("cache_gets_total", "cache", "stored-texts", "result", "miss");
    }

    @Test
    void findsCallTrackingHoweverItIsWritten() {
        for (String query : List.of("колл-трекинг", "коллтрекинг", "колл трекинг", "колл-трекинга", "calltracking",
                "call tracking", "калтрекинг", "отслеживание звонков", "Колл-Трекинг")) {
            assertThat(ids(query)).as(query).contains("CARD:call-tracking-employers");
        }
    }

    @Test
    void findsInflectedRussianAndYoAsYe() {
        assertThat(ids("клиент теряет звонки")).containsAnyOf("CARD:call-tracking-employers", "CARD:missed-call-notifications");
        assertThat(ids("пропущенных звонков").subList(0, 3)).anyMatch(id -> id.contains("missed-call") || id.contains("call-tracking"));
        assertThat(ids("рефералка")).contains("CARD:referral-program");
    }

    @Test
    void typosRankBelowExactMatches() {
        assertThat(ids("промакоды")).contains("CARD:promo-codes");
        assertThat(score("промакоды", "promo-codes")).as("a misspelt word's match")
                .isLessThan(score("промокоды", "promo-codes"));
    }

    private static float score(String query, String slug) {
        JsonPath result = graphql(SEARCH, "q", query, "first", 10);
        List<String> slugs = result.getList("data.search.edges.node.slug");
        assertThat(slugs).as("hits for " + query).contains(slug);
        return result.getFloat("data.search.edges[" + slugs.indexOf(slug) + "].node.score");
    }

    @Test
    void highlightsAreEscapedHtmlWithMarks() {
        JsonPath result = graphql(SEARCH, "q", "колл-трекинг", "first", 5);
        List<String> fragments = result.getList("data.search.edges[0].node.textMatches.fragment");
        assertThat(fragments).isNotEmpty().allSatisfy(f -> assertThat(f).contains("<mark>").doesNotContain("<script"));
        assertThat(result.getList("data.search.facets.type.value")).contains("CARD");
    }

    @Test
    void draftsNeverAppearNorCountInFacets() {
        // call-recordings is a DRAFT card in the sample content.
        assertThat(ids("записи разговоров")).doesNotContain("CARD:call-recordings");
        JsonPath result = SALES.run(SEARCH, "q", "записи разговоров кандидатами", "first", 50);
        List<Map<String, Object>> nodes = result.getList("data.search.edges.node.node");
        assertThat(nodes).allSatisfy(n -> assertThat(n.get("status")).isNotEqualTo("DRAFT"));
        List<String> suggestions = SALES.run("{ suggest(prefix: \"запис\") { slug } }").getList("data.suggest.slug");
        assertThat(suggestions).doesNotContain("call-recordings");
        // Product managers find drafts: they write them.
        assertThat(graphql(SEARCH, "q", "записи разговоров", "first", 10).getList("data.search.edges.node.slug"))
                .contains("call-recordings");
    }

    @Test
    void filtersByTypeAndFacetValues() {
        JsonPath glossaryOnly = graphql(SEARCH, "q", "конверсия", "filter", Map.of("type", "GLOSSARY"), "first", 10);
        assertThat(glossaryOnly.getList("data.search.edges.node.type")).isNotEmpty().containsOnly("GLOSSARY");
        JsonPath byProduct = graphql(SEARCH, "q", "звонки", "filter", Map.of("productSlug", "call-tracking"), "first", 20);
        assertThat(byProduct.getList("data.search.facets.product.value")).containsOnly("call-tracking");
    }

    @Test
    void suggestsTitlesAndTermsByPrefix() {
        List<String> texts = graphql("{ suggest(prefix: \"колл\") { text type slug } }").getList("data.suggest.text");
        assertThat(texts).anySatisfy(t -> assertThat(t.toLowerCase()).contains("колл"));
    }

    @Test
    void aCardIsSearchableForSalesWhenItsPublishingMutationReturnsAndGoneWhenDeleted() {
        JsonPath created = graphql(Operations.of("CreateFeatureCard"),
                "input", Map.of("slug", "test-search-fresh", "title", "Квазарный автоответчик для откликов",
                        "summary", "Отвечает кандидатам ночью.", "productSlug", "vacancies", "owner", "pm.test"));
        assertThat(created.getList("data.createFeatureCard.userErrors")).isEmpty();
        assertThat(ids("квазарный автоответчик")).doesNotContain("CARD:test-search-fresh");

        Map<String, Object> published = TestCards.publish(created.getMap("data.createFeatureCard.card"));
        assertThat(ids("квазарный автоответчик")).contains("CARD:test-search-fresh");

        graphql("""
                mutation($input: DeleteInput!) { deleteFeatureCard(input: $input) { deletedId } }""",
                "input", Map.of("id", published.get("id"), "version", published.get("version")));
        assertThat(ids("квазарный автоответчик")).doesNotContain("CARD:test-search-fresh");
    }

    @Test
    void searchesThatFindNothingBecomeGaps() {
        assertThat(ids("зюзюблик фиолетовый")).isEmpty();
        ids("Зюзюблик  фиолетовый");
        JsonPath gaps = graphql("{ searchGaps(first: 50) { query count } }");
        List<Map<String, Object>> list = gaps.getList("data.searchGaps");
        assertThat(list).anySatisfy(g -> {
            assertThat(g.get("query")).isEqualTo("зюзюблик фиолетовый");
            assertThat(((Number) g.get("count")).intValue()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void anEmptyOrHugeQueryIsAClientError() {
        assertThat(graphql(SEARCH, "q", " ", "first", 5).getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        assertThat(graphql(SEARCH, "q", "я".repeat(501), "first", 5).getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
    }
}
