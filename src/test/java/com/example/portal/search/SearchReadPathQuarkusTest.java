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
import com.example.portal.cards.api.FeatureCard;
import com.example.portal.graphql.PageRequest;
import com.example.portal.search.api.SearchConnection;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The read path's shortcuts (whole results cached per index generation, hits' objects in memory, counting only when
 * asked) never serve a change late and never hand one caller's visibility to another.
 */
@QuarkusTest
class SearchReadPathQuarkusTest {

    static final GraphQLClient SALES = GraphQLClient.as("sales.test", "sales");
    static final GraphQLClient PM = GraphQLClient.as("pm.anna", "pm");
    static final GraphQLClient REVIEWER = GraphQLClient.as("pm.boris", "pm");

    private static final String SEARCH = """
            query($q: String!, $first: Int) {
              search(query: $q, first: $first) {
                totalCount pageInfo { hasNextPage }
                edges { node { type slug score node { ... on FeatureCard { title summary status } } } }
              }
            }""";

    private static final String UPDATE = """
            mutation($input: UpdateFeatureCardInput!) {
              updateFeatureCard(input: $input) { card { id version } userErrors { field message code } }
            }""";

    @Inject
    SearchService service;

    @BeforeEach
    void indexReady() throws InterruptedException {
        for (int i = 0; i < 600 && !graphql("{ searchIndexStatus { ready } }").getBoolean("data.searchIndexStatus.ready"); i++) {
            Thread.sleep(100);
        }
    }

    private static List<Map<String, Object>> hits(GraphQLClient as, String query) {
        JsonPath result = as.run(SEARCH, "q", query, "first", 10);
        assertThat(result.getList("errors")).as("errors for " + query).isNull();
        return result.getList("data.search.edges.node.node");
    }

    /** A draft card with its own title, made by a PM. */
    private static Map<String, Object> draft(String slug, String title) {
        JsonPath created = PM.run(Operations.of("CreateFeatureCard"), "input", Map.of("slug", slug, "title", title, "summary", "Карточка для тестов.",
                "productSlug", "vacancies", "owner", "pm.anna"));
        assertThat(created.getList("data.createFeatureCard.userErrors")).isEmpty();
        return created.getMap("data.createFeatureCard.card");
    }

    private static List<String> titles(GraphQLClient as, String query) {
        return hits(as, query).stream().map(n -> (String) n.get("title")).toList();
    }

    @Test
    void aRepeatedSearchIsAnsweredFromMemoryUntilTheIndexChanges() {
        Map<String, Object> card = TestCards.publish(draft("read-path-cached", "Кварцевый навигатор откликов"));
        PageRequest page = PageRequest.of(10, null);
        SearchConnection first = service.search("кварцевый навигатор", null, page, false, "sales");
        assertThat(first.edges).extracting(e -> e.node.slug).contains("read-path-cached");
        assertThat(service.search("кварцевый навигатор", null, page, false, "sales")).isSameAs(first);
        assertThat(service.search("кварцевый навигатор", null, page, true, "pm")).as("another visibility").isNotSameAs(first);

        // A published card's edit waits for review: the index changes (the card was saved), but not what sales reads.
        JsonPath edited = PM.run(UPDATE, "input", Map.of("id", card.get("id"), "version", card.get("version"),
                "title", "Гиперзвуковой черновик откликов"));
        assertThat(edited.getList("data.updateFeatureCard.userErrors")).isEmpty();
        SearchConnection afterEdit = service.search("кварцевый навигатор", null, page, false, "sales");
        assertThat(afterEdit).as("a new index generation").isNotSameAs(first);
        assertThat(titles(SALES, "кварцевый навигатор")).contains("Кварцевый навигатор откликов")
                .doesNotContain("Гиперзвуковой черновик откликов");
        assertThat(titles(SALES, "гиперзвуковой черновик")).doesNotContain("Гиперзвуковой черновик откликов");

        // Approved, the new title is what every search shows at once, from the result cache and the hits' objects alike.
        Map<String, Object> now = edited.getMap("data.updateFeatureCard.card");
        JsonPath approved = REVIEWER.run(Operations.of("ApprovePendingRevision"),
                "input", Map.of("id", now.get("id"), "version", now.get("version")));
        assertThat(approved.getList("data.approvePendingRevision.userErrors")).isEmpty();
        assertThat(titles(SALES, "навигатор откликов")).contains("Гиперзвуковой черновик откликов")
                .doesNotContain("Кварцевый навигатор откликов");
        assertThat(titles(SALES, "гиперзвуковой черновик")).contains("Гиперзвуковой черновик откликов");
        SearchConnection approvedHit = service.search("гиперзвуковой черновик", null, page, false, "sales");
        assertThat(approvedHit.edges).anySatisfy(e -> assertThat(((FeatureCard) e.node.node).title)
                .isEqualTo("Гиперзвуковой черновик откликов"));
    }

    @Test
    void oneRoleNeverGetsAnothersResults() {
        draft("read-path-draft", "Сверхсекретный батискаф для вакансий");
        for (int round = 0; round < 2; round++) {
            // Either order, either cache state: the PM sees the draft, sales never does.
            assertThat(titles(SALES, "сверхсекретный батискаф")).doesNotContain("Сверхсекретный батискаф для вакансий");
            assertThat(titles(PM, "сверхсекретный батискаф")).contains("Сверхсекретный батискаф для вакансий");
        }
        assertThat(titles(SALES, "сверхсекретный батискаф")).isEmpty();
    }

    @Test
    void aChangedCardIsNeverServedFromAnOlderResult() {
        Map<String, Object> card = draft("read-path-draft-edit", "Лунный планировщик собеседований");
        assertThat(titles(PM, "лунный планировщик")).contains("Лунный планировщик собеседований");
        JsonPath edited = PM.run(UPDATE, "input", Map.of("id", card.get("id"), "version", card.get("version"),
                "title", "Лунный планировщик интервью"));
        assertThat(edited.getList("data.updateFeatureCard.userErrors")).isEmpty();
        assertThat(titles(PM, "лунный планировщик")).contains("Лунный планировщик интервью")
                .doesNotContain("Лунный планировщик собеседований");
    }

    @Test
    void withoutTotalCountTheSameHitsComeBackAndPagingStillKnowsWhatFollows() {
        String lean = """
                query($q: String!, $first: Int) {
                  search(query: $q, first: $first) { pageInfo { hasNextPage } edges { node { slug score } } }
                }""";
        for (String query : List.of("звонки", "вакансии кандидаты", "клиент")) {
            for (int first : List.of(1, 3, 100)) {
                JsonPath full = SALES.run(SEARCH, "q", query, "first", first);
                JsonPath counted = SALES.run(lean, "q", query, "first", first);
                assertThat(counted.getList("errors")).isNull();
                assertThat(counted.<Object>getList("data.search.edges.node.slug")).as(query)
                        .isEqualTo(full.getList("data.search.edges.node.slug"));
                assertThat(counted.<Object>getList("data.search.edges.node.score")).as(query)
                        .isEqualTo(full.getList("data.search.edges.node.score"));
                assertThat(counted.getBoolean("data.search.pageInfo.hasNextPage")).as(query + " first " + first)
                        .isEqualTo(full.getInt("data.search.totalCount") > first);
            }
        }
    }
}
