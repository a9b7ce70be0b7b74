package com.example.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.Operations;
import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Drafts and cards in review never reach sales or marketing: not by id or slug, not through node, lists, search,
 * suggest, facet counts, pitch, release notes or evidence. PMs see them.
 */
@QuarkusTest
class DraftVisibilityQuarkusTest {

    static final GraphQLClient SALES = GraphQLClient.as("sales.test", "sales");
    static final GraphQLClient MARKETING = GraphQLClient.as("marketing.test", "marketing");
    static final GraphQLClient PM = GraphQLClient.as("pm.test", "pm");
    static final List<GraphQLClient> READERS = List.of(SALES, MARKETING);

    static final String DRAFT = "vis-draft-card";
    static final String REVIEW = "vis-review-card";
    static final String PUBLISHED = "vis-published-card";

    static Map<String, Object> draft;
    static Map<String, Object> inReview;

    @BeforeEach
    void content() {
        if (draft != null) {
            return;
        }
        GraphQLClient.ADMIN.run("""
                mutation($input: CreateSegmentInput!) { createSegment(input: $input) { userErrors { code } } }""",
                "input", Map.of("slug", "vis-segment", "name", "Все компании", "criteria", Map.of("sizeMin", 1)));
        draft = card(DRAFT, "секретный");
        inReview = TestCards.step(GraphQLClient.ADMIN, "submitCardForReview", card(REVIEW, "секретный"));
        TestCards.publish(card(PUBLISHED, "открытый"));
        for (String slug : List.of(DRAFT, REVIEW)) {
            JsonPath evidence = GraphQLClient.ADMIN.run(Operations.of("CreateEvidence"),
                    "input", Map.of("slug", slug + "-evidence", "cardSlug", slug, "kind", "SURVEY", "title", "Опрос " + slug,
                            "conductedOn", "2026-05-01", "conclusion", "Клиенты довольны.",
                            "survey", Map.of("respondents", 100, "satisfied", 90)));
            assertThat(evidence.getList("data.createEvidence.userErrors")).isEmpty();
            JsonPath note = GraphQLClient.ADMIN.run(Operations.of("CreateReleaseNote"),
                    "input", Map.of("slug", slug + "-note", "cardSlug", slug, "publishedOn", "2099-01-01",
                            "title", "Скоро: зеброфон", "text", "Неанонсированная функция.", "audiences", List.of("SALES")));
            assertThat(note.getList("data.createReleaseNote.userErrors")).isEmpty();
        }
    }

    private static Map<String, Object> card(String slug, String tag) {
        Map<String, Object> more = new HashMap<>();
        more.put("targetSegmentSlugs", List.of("vis-segment"));
        more.put("tags", List.of(tag));
        Map<String, Object> card = TestCards.createCard("vis-product", slug, more);
        JsonPath titled = GraphQLClient.ADMIN.run("""
                mutation($input: UpdateFeatureCardInput!) { updateFeatureCard(input: $input) { card { id slug version } } }""",
                "input", Map.of("id", card.get("id"), "version", card.get("version"), "title", "Зеброфон " + slug,
                        "summary", "Зеброфон помогает отвечать на звонки."));
        return titled.getMap("data.updateFeatureCard.card");
    }

    @Test
    void notByIdSlugOrNode() {
        for (GraphQLClient reader : READERS) {
            for (Map<String, Object> hidden : List.of(draft, inReview)) {
                JsonPath json = reader.run("""
                        query($id: ID!, $slug: String) {
                          byId: featureCard(id: $id) { slug } bySlug: featureCard(slug: $slug) { slug } node(id: $id) { id }
                        }""", "id", hidden.get("id"), "slug", hidden.get("slug"));
                assertThat(json.getList("errors")).isNull();
                assertThat(json.getMap("data")).containsEntry("byId", null).containsEntry("bySlug", null).containsEntry("node", null);
            }
        }
        assertThat(PM.run("query($slug: String) { featureCard(slug: $slug) { status } }", "slug", DRAFT)
                .getString("data.featureCard.status")).isEqualTo("DRAFT");
    }

    @Test
    void notInLists() {
        String query = """
                query($status: CardStatus) {
                  featureCards(first: 100, filter: {productSlug: "vis-product", status: $status}) { totalCount edges { node { slug } } }
                }""";
        for (GraphQLClient reader : READERS) {
            assertThat(reader.run(query).getList("data.featureCards.edges.node.slug")).containsExactly(PUBLISHED);
            assertThat(reader.run(query, "status", "DRAFT").getInt("data.featureCards.totalCount")).isZero();
        }
        assertThat(PM.run(query).getList("data.featureCards.edges.node.slug")).contains(DRAFT, REVIEW, PUBLISHED);
    }

    @Test
    void notInSearchSuggestOrFacets() {
        String search = """
                query { search(query: "зеброфон", first: 20) {
                  totalCount edges { node { slug } } facets { tag { value count } type { value count } }
                } }""";
        for (GraphQLClient reader : READERS) {
            JsonPath json = reader.run(search);
            assertThat(json.getList("data.search.edges.node.slug")).contains(PUBLISHED).doesNotContain(DRAFT, REVIEW,
                    DRAFT + "-note", REVIEW + "-note");
            assertThat(json.getList("data.search.facets.tag.value")).doesNotContain("секретный");
            List<Map<String, Object>> types = json.getList("data.search.facets.type");
            assertThat(types.stream().mapToInt(t -> ((Number) t.get("count")).intValue()).sum())
                    .isEqualTo(json.getInt("data.search.totalCount"));
            assertThat(reader.run("{ suggest(prefix: \"зеброф\") { slug } }").getList("data.suggest.slug"))
                    .contains(PUBLISHED).doesNotContain(DRAFT, REVIEW);
        }
        JsonPath pm = PM.run(search);
        assertThat(pm.getList("data.search.edges.node.slug")).contains(DRAFT, REVIEW, PUBLISHED);
        assertThat(pm.getList("data.search.facets.tag.value")).contains("секретный");
    }

    @Test
    void notInPitch() {
        String pitch = """
                query { pitch(client: {employees: 50, industry: "retail"}) { matches { card { slug } } excluded { card { slug } } } }""";
        for (GraphQLClient reader : List.of(SALES, MARKETING, PM)) {
            JsonPath json = reader.run(pitch);
            assertThat(json.getList("data.pitch.matches.card.slug")).contains(PUBLISHED).doesNotContain(DRAFT, REVIEW);
            assertThat(json.getList("data.pitch.excluded.card.slug")).doesNotContain(DRAFT, REVIEW);
        }
    }

    @Test
    void notInReleaseNotesOrEvidence() {
        for (GraphQLClient reader : READERS) {
            JsonPath json = reader.run("""
                    query {
                      releaseNotes(first: 100) { edges { node { slug } } }
                      allEvidence(first: 100, filter: {cardSlug: "vis-draft-card"}) { totalCount }
                      note: releaseNote(slug: "vis-draft-card-note") { slug }
                      evidence(slug: "vis-review-card-evidence") { slug }
                    }""");
            assertThat(json.getList("errors")).isNull();
            assertThat(json.getList("data.releaseNotes.edges.node.slug")).doesNotContain(DRAFT + "-note", REVIEW + "-note");
            assertThat(json.getInt("data.allEvidence.totalCount")).isZero();
            assertThat(json.getMap("data")).containsEntry("note", null).containsEntry("evidence", null);
        }
        JsonPath pm = PM.run("""
                query { releaseNotes(first: 100) { edges { node { slug } } } evidence(slug: "vis-review-card-evidence") { slug } }""");
        assertThat(pm.getList("data.releaseNotes.edges.node.slug")).contains(DRAFT + "-note", REVIEW + "-note");
        assertThat(pm.getString("data.evidence.slug")).isEqualTo("vis-review-card-evidence");
    }
}
