package com.example.portal.cards;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.Operations;
import com.example.portal.TestCards;
import com.example.portal.graphql.WriteCommitted;
import com.example.portal.operations.Metrics;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A card's API object is kept by the state of its row (CardObjects): every change, of its lists alone too, and every
 * change of status, is read at once by the next lookup, by slug and by id, and for every role; a lookup of a state
 * seen before reads only the narrow row.
 */
@QuarkusTest
class CardObjectsQuarkusTest {

    private static final String ROW = Operations.of("FeatureCardRow");
    private static final String UPDATE = Operations.of("UpdateFeatureCard");
    private static final GraphQLClient SALES = GraphQLClient.as("sales.test", "sales");

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    Event<WriteCommitted> committed;

    @Test
    void aChangeOfACardsListsAloneIsReadByTheNextLookup() {
        Map<String, Object> card = TestCards.createCard("test-objects-product", "test-objects-lists");
        String slug = (String) card.get("slug");
        JsonPath before = graphql(ROW, "slug", slug);
        assertThat(before.getList("data.featureCard.jobs")).isEmpty();
        graphql(ROW, "id", card.get("id"));

        changes(card, Map.of("jobs", List.of(Map.of("situation", "Когда кандидат не дозвонился,", "motivation",
                "я хочу узнать об этом сразу,", "outcome", "чтобы перезвонить."))));
        JsonPath jobs = graphql(ROW, "slug", slug);
        assertThat(jobs.getString("data.featureCard.jobs[0].situation")).isEqualTo("Когда кандидат не дозвонился,");
        assertThat(jobs.getInt("data.featureCard.version")).isEqualTo(1);
        assertThat(graphql(ROW, "id", card.get("id")).getString("data.featureCard.jobs[0].situation"))
                .isEqualTo("Когда кандидат не дозвонился,");

        changes(Map.of("id", card.get("id"), "version", 1), Map.of("objections",
                List.of(Map.of("objection", "Дорого?", "answer", "Нет.")), "targetSegmentSlugs", List.of("call-tracking-still-missing"),
                "glossaryTermSlugs", List.of("call-tracking")));
        JsonPath lists = graphql(ROW, "slug", slug);
        assertThat(lists.getList("data.featureCard.objections.objection")).containsExactly("Дорого?");
        assertThat(lists.getList("data.featureCard.targetSegments.slug")).containsExactly("call-tracking-still-missing");
        assertThat(lists.getList("data.featureCard.glossaryTerms.slug")).containsExactly("call-tracking");
        assertThat(lists.getList("data.featureCard.jobs")).hasSize(1);

        JsonPath stale = graphql(UPDATE, "input", Map.of("id", card.get("id"), "version", 1, "title", "Чужая правка"));
        assertThat(stale.getString("data.updateFeatureCard.userErrors[0].code")).isEqualTo("STALE_VERSION");
        assertThat(graphql(ROW, "slug", slug).getString("data.featureCard.title")).isEqualTo("Тестовая карточка " + slug);
    }

    @Test
    void aCardReadBySalesIsGoneForThemOnceArchived() {
        Map<String, Object> card = TestCards.publish(TestCards.createCard("test-objects-product", "test-objects-archived"));
        String slug = (String) card.get("slug");
        assertThat(SALES.run(ROW, "slug", slug).getString("data.featureCard.status")).isEqualTo("PUBLISHED");
        assertThat(SALES.run(ROW, "id", card.get("id")).getString("data.featureCard.status")).isEqualTo("PUBLISHED");

        TestCards.step(GraphQLClient.ADMIN, "archiveCard", card);
        assertThat(SALES.run(ROW, "slug", slug).getMap("data.featureCard")).isNull();
        assertThat(SALES.run(ROW, "id", card.get("id")).getMap("data.featureCard")).isNull();
        assertThat(graphql(ROW, "slug", slug).getString("data.featureCard.status")).isEqualTo("ARCHIVED");
    }

    @Test
    void aCardPageReadAgainReadsOnlyTheCardsNarrowRow() {
        Map<String, Object> card = TestCards.createCard("test-objects-product", "test-objects-statements",
                Map.of("targetSegmentSlugs", List.of("call-tracking-still-missing")));
        graphql(ROW, "slug", card.get("slug"));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        committed.fire(new WriteCommitted()); // the reference catalogs are read again for both requests measured
        statistics.clear();
        Metrics before = Metrics.scrape();
        graphql(ROW, "slug", card.get("slug"));
        long kept = statistics.getPrepareStatementCount();
        Metrics after = Metrics.scrape();
        assertThat(after.valueOrZero("cache_gets_total", "cache", "card-objects", "result", "hit")
                - before.valueOrZero("cache_gets_total", "cache", "card-objects", "result", "hit")).isEqualTo(1);
        assertThat(after.valueOrZero("cache_gets_total", "cache", "card-objects", "result", "miss")
                - before.valueOrZero("cache_gets_total", "cache", "card-objects", "result", "miss")).isZero();
        changes(card, Map.of("tags", List.of("новый тег")));
        committed.fire(new WriteCommitted());
        statistics.clear();
        graphql(ROW, "slug", card.get("slug"));
        long changed = statistics.getPrepareStatementCount();
        // Changed: the narrow row, the card's row and its four lists. Kept: the narrow row alone.
        assertThat(changed - kept).isEqualTo(5);
    }

    private static void changes(Map<String, Object> card, Map<String, Object> fields) {
        Map<String, Object> input = new HashMap<>(fields);
        input.put("id", card.get("id"));
        input.put("version", card.get("version"));
        JsonPath updated = graphql(UPDATE, "input", input);
        assertThat(updated.getList("errors")).isNull();
        assertThat(updated.getList("data.updateFeatureCard.userErrors")).isEmpty();
    }
}
