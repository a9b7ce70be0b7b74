package com.example.portal.cards;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * No unapproved text reaches sales or marketing: a word that only a pending edit of a published card holds (in every
 * text field, a tag, a job, a glossary link and a target segment) is absent from every read path they have, and present
 * on each of them once a second PM approves the edit.
 */
@QuarkusTest
class PendingEditReadPathsQuarkusTest {

    static final GraphQLClient ANNA = GraphQLClient.as("pm.anna", "pm");
    static final GraphQLClient BORIS = GraphQLClient.as("pm.boris", "pm");
    static final Map<String, GraphQLClient> READERS = Map.of(
            "sales", GraphQLClient.as("sales.reads", "sales"),
            "marketing", GraphQLClient.as("marketing.reads", "marketing"));

    /** Only the pending edit holds this word (and its inflected forms, e.g. «зеброфоном»). */
    static final String WORD = "зеброфон";
    /** The published card holds this one, so every path finds the card before and after approval. */
    static final String PUBLISHED_WORD = "мангустин";
    static final String PRODUCT = "pending-reads-product";
    static final String SLUG = "pending-reads-card";
    static final String TARGET = "pending-reads-target";
    static final String ADDED_TARGET = "pending-reads-added-target";

    static final String CARD_FIELDS = """
            fragment C on FeatureCard { slug title summary body tags talkingPoints
              objections { objection answer } jobs { situation motivation outcome }
              glossaryTerms { slug } glossaryMentions { text } targetSegments { slug } }""";

    static final String UPDATE = """
            mutation($input: UpdateFeatureCardInput!) {
              updateFeatureCard(input: $input) { card { id version title } userErrors { field message code } }
            }""";

    static final String STEP = """
            mutation($input: CardStepInput!) {
              %s(input: $input) { card { id version title } userErrors { field message code } }
            }""";

    @BeforeEach
    void indexReady() throws InterruptedException {
        waitFor("the search index to be ready", () -> graphql("{ searchIndexStatus { ready } }").getBoolean("data.searchIndexStatus.ready"));
    }

    @Test
    void salesAndMarketingSeeAPendingEditNowhereUntilASecondPmApprovesIt() throws InterruptedException {
        Map<String, Object> card = publishedCard();
        long indexedBefore = outboxPosition();

        JsonPath edited = ANNA.run(UPDATE, "input", pendingEdit(card));
        assertThat(edited.getList("errors")).isNull();
        assertThat(edited.getList("data.updateFeatureCard.userErrors")).isEmpty();
        Map<String, Object> now = edited.getMap("data.updateFeatureCard.card");
        // The card's save reached the search index (it re-read the card's row), so "not found" below is not just lag.
        assertThat(outboxPosition()).as("outbox position after the pending edit").isGreaterThan(indexedBefore);

        JsonPath pm = ANNA.run("query($slug: String) { featureCard(slug: $slug) { title pendingRevision { title tags changedFields } } }",
                "slug", SLUG);
        assertThat(pm.getString("data.featureCard.pendingRevision.title")).contains(WORD);
        assertThat(pm.getList("data.featureCard.pendingRevision.changedFields")).contains("title", "summary", "body", "tags",
                "talkingPoints", "objections", "jobs", "glossaryTerms", "targetSegments");

        for (var reader : READERS.entrySet()) {
            readPaths(reader.getKey(), reader.getValue(), false);
        }

        JsonPath self = ANNA.run(STEP.formatted("approvePendingRevision"), "input", Map.of("id", now.get("id"), "version", now.get("version")));
        assertThat(self.getString("errors[0].extensions.code")).as("the author approving their own edit").isEqualTo("FORBIDDEN");
        assertThat(self.getString("errors[0].message")).contains("another product manager or an admin must approve it");
        readPaths("sales after the author's refused approval", READERS.get("sales"), false);

        JsonPath approved = BORIS.run(STEP.formatted("approvePendingRevision"), "input",
                Map.of("id", now.get("id"), "version", now.get("version"), "comment", "Проверил."));
        assertThat(approved.getList("errors")).isNull();
        assertThat(approved.getList("data.approvePendingRevision.userErrors")).isEmpty();

        for (var reader : READERS.entrySet()) {
            readPaths(reader.getKey() + " after approval", reader.getValue(), true);
        }
    }

    /** Checks every read path: none shows the word before approval; after it each does (search within its refresh). */
    private void readPaths(String who, GraphQLClient as, boolean approved) throws InterruptedException {
        Map<String, Function<GraphQLClient, JsonPath>> paths = new LinkedHashMap<>();
        paths.put("featureCard by slug", c -> c.run("query($s: String) { featureCard(slug: $s) { ...C } }" + CARD_FIELDS, "s", SLUG));
        paths.put("featureCard by id", c -> c.run("query($id: ID) { featureCard(id: $id) { ...C } }" + CARD_FIELDS, "id", cardId()));
        paths.put("node", c -> c.run("query($id: ID!) { node(id: $id) { ... on FeatureCard { ...C } } }" + CARD_FIELDS, "id", cardId()));
        paths.put("featureCards list", c -> c.run("query($p: String) { featureCards(filter: {productSlug: $p}) { edges { node { ...C } } } }"
                + CARD_FIELDS, "p", PRODUCT));
        paths.put("search hits, highlights and facets", c -> c.run("""
                query($q: String!) { search(query: $q, first: 50) {
                  edges { node { slug textMatches { field fragment } node { ... on FeatureCard { ...C } } } }
                  facets { tag { value count } segment { value count } product { value count } } } }""" + CARD_FIELDS,
                "q", PUBLISHED_WORD));
        paths.put("pitch", c -> c.run("""
                query($client: ClientProfileInput!) { pitch(client: $client) {
                  matches { reason card { ...C } } excluded { explanation card { slug } } } }""" + CARD_FIELDS,
                "client", Map.of("employees", 50, "industry", "retail")));
        paths.put("qualifyAccounts", c -> c.run("""
                query($input: QualifyAccountsInput!) { qualifyAccounts(input: $input) {
                  accounts { account matches { reason card { ...C } } } } }""" + CARD_FIELDS,
                "input", Map.of("format", "CSV", "data", "account,employees,industry\nТест,50,retail\n")));
        paths.put("release notes", c -> c.run("""
                query($s: String) { releaseNotes(filter: {cardSlug: $s}) { edges { node { title card { ...C } } } }
                  featureCard(slug: $s) { releaseNotes { title card { title } } } }""" + CARD_FIELDS, "s", SLUG));
        paths.put("segment page", c -> c.run("query($s: String) { segment(slug: $s) { cardsTargeting { ...C } } }" + CARD_FIELDS,
                "s", TARGET));
        paths.put("evidence", c -> c.run("""
                query($s: String) { evidence(slug: "pending-reads-evidence") { title card { ...C } }
                  allEvidence(filter: {cardSlug: $s}) { edges { node { card { title summary } } } } }""" + CARD_FIELDS, "s", SLUG));

        for (var path : paths.entrySet()) {
            String label = who + ": " + path.getKey();
            if (approved) {
                // Search is refreshed when the approval commits; the poll only allows for a slow machine.
                waitFor(label + " to show the approved text", () -> text(path.getValue().apply(as)).contains(WORD));
            } else {
                String text = text(path.getValue().apply(as));
                assertThat(text).as(label + " finds the card").contains(PUBLISHED_WORD);
                assertThat(text).as(label).doesNotContain(WORD);
            }
        }

        JsonPath card = as.run("query($s: String) { featureCard(slug: $s) { ...C } }" + CARD_FIELDS, "s", SLUG);
        assertThat(card.getList("data.featureCard.glossaryTerms.slug")).as(who + ": glossary links")
                .matches(slugs -> slugs.contains("cjm") == approved);
        assertThat(card.getList("data.featureCard.glossaryMentions.text").toString().toLowerCase(Locale.ROOT))
                .as(who + ": glossary mentions").matches(t -> t.contains("рефералк") == approved);
        assertThat(card.getList("data.featureCard.targetSegments.slug")).as(who + ": target segments")
                .matches(slugs -> slugs.contains(ADDED_TARGET) == approved);

        int expected = approved ? 1 : 0;
        waitFor(who + ": search for the word finds the card " + expected + " time(s)", () -> countOf(as.run(
                "query($q: String!) { search(query: $q, first: 50) { edges { node { slug } } } }", "q", WORD)
                .getList("data.search.edges.node.slug"), SLUG) == expected);
        waitFor(who + ": search filtered by the new tag", () -> as.run("""
                query($t: String) { search(query: "мангустин", filter: {tag: $t}) { totalCount } }""", "t", WORD)
                .getInt("data.search.totalCount") == expected);
        waitFor(who + ": search filtered by the added segment", () -> as.run("""
                query($s: String) { search(query: "мангустин", filter: {segmentSlug: $s}) { totalCount } }""", "s", ADDED_TARGET)
                .getInt("data.search.totalCount") == expected);
        waitFor(who + ": facet counts of the new tag and segment", () -> {
            JsonPath facets = as.run("{ search(query: \"мангустин\") { facets { tag { value count } segment { value count } } } }");
            return facetCount(facets, "tag", WORD) == expected && facetCount(facets, "segment", ADDED_TARGET) == expected;
        });
        waitFor(who + ": suggest", () -> countOf(as.run("{ suggest(prefix: \"зеброф\") { slug text } }")
                .getList("data.suggest.slug"), SLUG) == expected);
        assertThat(as.run("query($t: String) { featureCards(filter: {tag: $t}) { totalCount } }", "t", WORD)
                .getInt("data.featureCards.totalCount")).as(who + ": cards by the new tag").isEqualTo(expected);
        assertThat(as.run("query($s: String) { featureCards(filter: {segmentSlug: $s}) { totalCount } }", "s", ADDED_TARGET)
                .getInt("data.featureCards.totalCount")).as(who + ": cards by the added segment").isEqualTo(expected);
        JsonPath added = as.run("query($s: String) { segment(slug: $s) { publishedCardCount cardsTargeting { slug } } }", "s", ADDED_TARGET);
        assertThat(added.getInt("data.segment.publishedCardCount")).as(who + ": the added segment's published card count")
                .isEqualTo(expected);
        assertThat(countOf(added.getList("data.segment.cardsTargeting.slug"), SLUG)).as(who + ": the added segment's page")
                .isEqualTo(expected);
    }

    // ---- fixtures ----

    private static Map<String, Object> publishedCard() {
        JsonPath product = graphql("""
                mutation($input: CreateProductInput!) { createProduct(input: $input) { userErrors { field message code } } }""",
                "input", Map.of("slug", PRODUCT, "name", "Мангустин"));
        assertThat(product.getList("data.createProduct.userErrors")).isEmpty();
        segment(TARGET, "retail");
        segment(ADDED_TARGET, "it");
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("targetSegmentSlugs", List.of(TARGET));
        more.put("tags", List.of("мангустин-тег"));
        more.put("body", "Мангустин — это просто.");
        more.put("talkingPoints", List.of("Мангустин экономит время."));
        more.put("objections", List.of(Map.of("objection", "Мангустин дорогой?", "answer", "Мангустин окупается за месяц.")));
        more.put("jobs", List.of(Map.of("situation", "Когда мангустин нужен", "motivation", "я хочу нанять быстрее",
                "outcome", "чтобы не терять кандидатов")));
        Map<String, Object> draft = TestCards.createCard(PRODUCT, SLUG, more);
        JsonPath titled = graphql(UPDATE, "input", Map.of("id", draft.get("id"), "version", draft.get("version"),
                "title", "Мангустин для работодателей", "summary", "Мангустин помогает нанимать."));
        assertThat(titled.getList("data.updateFeatureCard.userErrors")).isEmpty();
        Map<String, Object> card = TestCards.publish(titled.getMap("data.updateFeatureCard.card"));

        JsonPath note = graphql("""
                mutation($input: CreateReleaseNoteInput!) { createReleaseNote(input: $input) { userErrors { field message code } } }""",
                // Dated before every sample note, so the feed tests of other classes still see the sample feed first.
                "input", Map.of("slug", "pending-reads-note", "cardSlug", SLUG, "publishedOn", "2020-01-01",
                        "title", "Мангустин вышел", "text", "Теперь для всех.", "audiences", List.of("SALES", "MARKETING")));
        assertThat(note.getList("data.createReleaseNote.userErrors")).isEmpty();
        JsonPath evidence = graphql("""
                mutation($input: CreateEvidenceInput!) { createEvidence(input: $input) { userErrors { field message code } } }""",
                "input", Map.of("slug", "pending-reads-evidence", "cardSlug", SLUG, "kind", "AB_TEST", "title", "Тест мангустина",
                        "conductedOn", "2026-10-01", "conclusion", "Помогает.",
                        "abTest", Map.of("controlUsers", 1000, "controlConversions", 300, "variantUsers", 1000, "variantConversions", 400)));
        assertThat(evidence.getList("data.createEvidence.userErrors")).isEmpty();
        return card;
    }

    /** Every content field changed, each holding the word; a tag, a job, a glossary link and a target segment added. */
    private static Map<String, Object> pendingEdit(Map<String, Object> card) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", card.get("id"));
        input.put("version", card.get("version"));
        input.put("title", "Мангустин и зеброфон для работодателей");
        input.put("summary", "Мангустин с зеброфоном помогает нанимать.");
        input.put("body", "Мангустин — это просто. Зеброфон ещё проще, как рефералка.");
        input.put("tags", List.of("мангустин-тег", WORD));
        input.put("talkingPoints", List.of("Мангустин экономит время.", "Зеброфон экономит деньги."));
        input.put("objections", List.of(Map.of("objection", "Мангустин дорогой?", "answer", "Зеброфон окупается за неделю.")));
        input.put("jobs", List.of(
                Map.of("situation", "Когда мангустин нужен", "motivation", "я хочу нанять быстрее", "outcome", "чтобы не терять кандидатов"),
                Map.of("situation", "Когда нужен зеброфон", "motivation", "я хочу звонить", "outcome", "чтобы нанять")));
        input.put("glossaryTermSlugs", List.of("cjm"));
        input.put("targetSegmentSlugs", List.of(TARGET, ADDED_TARGET));
        return input;
    }

    /** A segment of one industry; not of the card's own product, which a client owning it is not offered. */
    private static void segment(String slug, String industry) {
        JsonPath created = graphql("""
                mutation($input: CreateSegmentInput!) { createSegment(input: $input) { userErrors { field message code } } }""",
                "input", Map.of("slug", slug, "name", "Сегмент " + slug, "criteria", Map.of("industries", List.of(industry))));
        assertThat(created.getList("data.createSegment.userErrors")).as("creating segment %s", slug).isEmpty();
    }

    private static String cardId() {
        return graphql("query($s: String) { featureCard(slug: $s) { id } }", "s", SLUG).getString("data.featureCard.id");
    }

    private static long outboxPosition() {
        return graphql("{ searchIndexStatus { outboxPosition } }").getLong("data.searchIndexStatus.outboxPosition");
    }

    /** The whole answer as lower-case text, after checking it has no errors. */
    private static String text(JsonPath result) {
        assertThat(result.getList("errors")).isNull();
        return result.prettify().toLowerCase(Locale.ROOT);
    }

    private static long countOf(List<String> values, String value) {
        return values.stream().filter(value::equals).count();
    }

    private static int facetCount(JsonPath result, String facet, String value) {
        List<Map<String, Object>> values = result.getList("data.search.facets." + facet);
        return values.stream().filter(v -> value.equals(v.get("value"))).mapToInt(v -> ((Number) v.get("count")).intValue())
                .findFirst().orElse(0);
    }

    /** Polls until the condition holds, at most a few seconds: the index refreshes when a write commits. */
    static void waitFor(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
