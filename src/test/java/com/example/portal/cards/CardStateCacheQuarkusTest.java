package com.example.portal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.Operations;
import com.example.portal.TestCards;
import com.example.portal.operations.Metrics;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A card page's evidence, release notes and verification are kept under the state of the card (CardStateCache): read
 * again, the page reads only the card's narrow row; every change of them, through the API or written straight into
 * the database as another replica or the importer would, is read by the next page.
 */
@QuarkusTest
class CardStateCacheQuarkusTest {

    private static final String PAGE = """
            query($slug: String!) {
              featureCard(slug: $slug) {
                evidence { slug title } releaseNotes { slug title } verification { needed reasons }
              }
            }""";
    private static final GraphQLClient SALES = GraphQLClient.as("sales.test", "sales");

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aPageReadAgainReadsOnlyTheCardsNarrowRow() {
        String slug = publishedCardWithEvidenceAndNote("test-state-statements");
        SALES.run(PAGE, "slug", slug);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        Metrics before = Metrics.scrape();
        JsonPath page = SALES.run(PAGE, "slug", slug);
        long statements = statistics.getPrepareStatementCount();
        Metrics after = Metrics.scrape();

        assertThat(page.getList("data.featureCard.evidence.slug")).containsExactly(slug + "-survey");
        assertThat(page.getList("data.featureCard.releaseNotes.slug")).containsExactly(slug + "-note");
        assertThat(statements).as("statements of a page read again").isEqualTo(1);
        for (String cache : List.of("card-evidence", "card-release-note", "card-verification")) {
            assertThat(after.valueOrZero("cache_gets_total", "cache", cache, "result", "hit")
                    - before.valueOrZero("cache_gets_total", "cache", cache, "result", "hit")).as(cache).isEqualTo(1);
        }
    }

    @Test
    void changesThroughTheApiAreReadByTheNextPage() {
        String slug = publishedCardWithEvidenceAndNote("test-state-api");
        assertThat(SALES.run(PAGE, "slug", slug).getBoolean("data.featureCard.verification.needed")).isFalse();

        JsonPath note = GraphQLClient.ADMIN.run(Operations.of("CreateReleaseNote"), "input", Map.of("slug", slug + "-second",
                "cardSlug", slug, "publishedOn", "2026-12-01", "title", "Вторая заметка", "text", "Ещё одна.", "audiences", List.of("SALES")));
        assertThat(note.getList("data.createReleaseNote.userErrors")).isEmpty();
        JsonPath evidence = GraphQLClient.ADMIN.run(Operations.of("CreateEvidence"), "input", Map.of("slug", slug + "-second",
                "cardSlug", slug, "kind", "SURVEY", "title", "Второй опрос", "conductedOn", "2026-11-01", "conclusion", "Довольны.",
                "survey", Map.of("respondents", 50, "satisfied", 40)));
        assertThat(evidence.getList("data.createEvidence.userErrors")).isEmpty();

        JsonPath page = SALES.run(PAGE, "slug", slug);
        assertThat(page.getList("data.featureCard.releaseNotes.slug")).containsExactly(slug + "-second", slug + "-note");
        assertThat(page.getList("data.featureCard.evidence.slug")).containsExactly(slug + "-second", slug + "-survey");
        assertThat(page.getList("data.featureCard.verification.reasons")).containsExactly("EVIDENCE_CHANGED");
    }

    @Test
    void changesWrittenStraightIntoTheDatabaseAreReadByTheNextPage() throws SQLException {
        String slug = publishedCardWithEvidenceAndNote("test-state-sql");
        SALES.run(PAGE, "slug", slug);

        execute("update evidence set title = 'Опрос, исправленный' where slug = '" + slug + "-survey'");
        assertThat(SALES.run(PAGE, "slug", slug).getList("data.featureCard.evidence.title")).containsExactly("Опрос, исправленный");

        execute("update release_note set title = 'Заметка, исправленная' where slug = '" + slug + "-note'");
        assertThat(SALES.run(PAGE, "slug", slug).getList("data.featureCard.releaseNotes.title")).containsExactly("Заметка, исправленная");

        execute("insert into card_change (card_id, kind) select id, 'EVIDENCE' from feature_card where slug = '" + slug + "'");
        assertThat(SALES.run(PAGE, "slug", slug).getList("data.featureCard.verification.reasons")).containsExactly("EVIDENCE_CHANGED");

        execute("delete from release_note where slug = '" + slug + "-note'");
        execute("delete from evidence where slug = '" + slug + "-survey'");
        JsonPath page = SALES.run(PAGE, "slug", slug);
        assertThat(page.getList("data.featureCard.releaseNotes")).isEmpty();
        assertThat(page.getList("data.featureCard.evidence")).isEmpty();
    }

    /** The release feed and the evidence lists of other tests know nothing of these. */
    @AfterEach
    void deleteTheNotesAndEvidence() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement notes = c.prepareStatement(
                "delete from release_note where slug like 'test-state-%'"); PreparedStatement evidence = c.prepareStatement(
                        "delete from evidence where slug like 'test-state-%'")) {
            notes.executeUpdate();
            evidence.executeUpdate();
        }
    }

    /** A published card with one survey ({@code <slug>-survey}) and one release note ({@code <slug>-note}). */
    private static String publishedCardWithEvidenceAndNote(String slug) {
        Map<String, Object> card = TestCards.createCard("test-state-product", slug);
        JsonPath evidence = GraphQLClient.ADMIN.run(Operations.of("CreateEvidence"), "input", Map.of("slug", slug + "-survey",
                "cardSlug", slug, "kind", "SURVEY", "title", "Опрос", "conductedOn", "2026-05-01", "conclusion", "Клиенты довольны.",
                "survey", Map.of("respondents", 100, "satisfied", 90)));
        assertThat(evidence.getList("data.createEvidence.userErrors")).isEmpty();
        JsonPath note = GraphQLClient.ADMIN.run(Operations.of("CreateReleaseNote"), "input", Map.of("slug", slug + "-note",
                "cardSlug", slug, "publishedOn", "2026-06-01", "title", "Заметка", "text", "Вышло.", "audiences", List.of("SALES")));
        assertThat(note.getList("data.createReleaseNote.userErrors")).isEmpty();
        TestCards.publish(card);
        return slug;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            assertThat(s.executeUpdate()).as(sql).isEqualTo(1);
        }
    }
}
