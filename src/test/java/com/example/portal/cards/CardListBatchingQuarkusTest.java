package com.example.portal.cards;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.portal.graphql.WriteCommitted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Listing cards with their nested objects costs a bounded number of SQL statements, whatever the page size. */
@QuarkusTest
class CardListBatchingQuarkusTest {

    private static final String TAG = "test-batching";
    private static final String LIST = """
            query($first: Int, $tag: String) {
              featureCards(first: $first, filter: {tag: $tag}, orderBy: {field: TITLE, direction: ASC}) {
                totalCount
                edges { node {
                  title jobs { situation } objections { objection } rollout { sharePercent }
                  product { name }
                  targetSegments { name criteria { productsOwned { name } productsNotOwned { name } metricConditions { metric } } }
                  antiSegments { name }
                  glossaryTerms { term }
                  evidence { title }
                  releaseNotes { title }
                  glossaryMentions { term { slug } }
                  jargon { kind term { slug } }
                } }
              }
            }""";

    @Inject
    EntityManagerFactory entityManagerFactory;

    /** What every committed mutation fires: here, to drop the reference catalogs before a measured request. */
    @Inject
    Event<WriteCommitted> committed;

    @BeforeEach
    void createFiftyCards() {
        if (graphql(LIST, "first", 0, "tag", TAG).getInt("data.featureCards.totalCount") >= 50) {
            return;
        }
        for (int i = 0; i < 50; i++) {
            JsonPath created = graphql("""
                    mutation($input: CreateFeatureCardInput!) {
                      createFeatureCard(input: $input) { card { id } userErrors { field message } }
                    }""", "input", Map.of(
                    "slug", "test-batching-" + i,
                    "title", "Карточка для подсчёта запросов " + (100 + i),
                    "summary", "Проверяем, что вложенные поля загружаются пачками.",
                    "productSlug", i % 2 == 0 ? "call-tracking" : "vacancies",
                    "tags", List.of(TAG),
                    "jobs", List.of(Map.of("situation", "Когда ...", "motivation", "я хочу ...", "outcome", "чтобы ...")),
                    "objections", List.of(Map.of("objection", "Дорого?", "answer", "Нет.")),
                    "targetSegmentSlugs", List.of("missing-calls-no-tracking", i % 3 == 0 ? "mass-hiring-frontline" : "micro-business"),
                    "antiSegmentSlugs", List.of("enterprise-own-telephony"),
                    "glossaryTermSlugs", List.of("mql", i % 2 == 0 ? "sql" : "ltv")));
            assertThat(created.getList("data.createFeatureCard.userErrors")).isEmpty();
        }
    }

    @Test
    void fiftyCardsCostNoMoreStatementsThanFive() {
        // The first glossary read after a glossary change rebuilds the term matcher, which costs one more statement; the
        // product and segment catalogs (ReferenceCatalog) are read again when a second old, in whichever request comes
        // then, so each measured request starts after a commit has dropped them: each reads them once.
        statementsFor(1);
        long five = statementsFor(5);
        long fifty = statementsFor(50);
        System.out.printf("SQL statements for a page of cards with nested fields: 5 cards %d, 50 cards %d%n", five, fifty);
        assertThat(fifty).as("statements for 50 cards vs 5 cards").isEqualTo(five);
        assertThat(fifty).as("statements for a page of 50 cards with all nested fields").isLessThanOrEqualTo(20);
    }

    private long statementsFor(int first) {
        committed.fire(new WriteCommitted());
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        JsonPath page = graphql(LIST, "first", first, "tag", TAG);
        assertThat(page.getList("errors")).isNull();
        List<Map<String, Object>> edges = page.getList("data.featureCards.edges");
        assertThat(edges).hasSize(first);
        assertThat(page.getList("data.featureCards.edges.node.targetSegments.name").get(0)).asList().hasSize(2);
        assertThat(page.getList("data.featureCards.edges.node.glossaryTerms.term").get(0)).asList().containsExactlyInAnyOrder("MQL", "SQL");
        return statistics.getPrepareStatementCount();
    }
}
