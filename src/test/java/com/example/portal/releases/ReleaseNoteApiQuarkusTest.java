package com.example.portal.releases;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.example.portal.Operations;
import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Release notes and their feed. The notes these tests create are dated in 2025, before every sample note, so the
 * newest part of the feed is the sample content whatever order the tests run in.
 */
@QuarkusTest
class ReleaseNoteApiQuarkusTest {

    private static final String PRODUCT = "test-rn-product";

    /** The sample notes, newest first (content/releases.yaml). */
    private static final List<String> SAMPLE_FEED = List.of(
            "resume-search-filters-launch", // 2026-10-27
            "employer-brand-page-faq", // 2026-10-06
            "candidate-status-sync-launch", // 2026-09-22
            "referral-program-three-steps", // 2026-09-03
            "crm-ats-new-connectors", // 2026-08-18
            "self-serve-payment-launch", // 2026-07-01
            "call-tracking-50-percent", // 2026-06-15
            "missed-call-notifications-launch", // 2026-05-12
            "call-tracking-opt-out", // 2026-04-20
            "onboarding-checklist-launch", // 2026-03-03
            "call-tracking-10-percent", // 2026-03-02
            "vacancy-auto-renewal-launch"); // 2026-02-10

    private static final String CREATE = Operations.of("CreateReleaseNote");
    private static final String UPDATE = Operations.of("UpdateReleaseNote");
    private static final String DELETE = Operations.of("DeleteReleaseNote");
    private static final String BY_SLUG = Operations.of("ReleaseNoteBySlug");
    private static final String BY_ID = Operations.of("ReleaseNoteById");
    private static final String NODE = Operations.of("ReleaseNoteNode");
    private static final String FEED = Operations.of("ReleaseNoteFeed");

    // ---- inputs and helpers ----

    private static Map<String, Object> noteInput(String slug, String cardSlug, String publishedOn, List<String> audiences) {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("cardSlug", cardSlug);
        input.put("publishedOn", publishedOn);
        input.put("title", "Заметка " + slug);
        input.put("text", "Что изменилось, простыми словами.");
        input.put("audiences", audiences);
        return input;
    }

    private static Map<String, Object> noteInput(String slug, String cardSlug) {
        return noteInput(slug, cardSlug, "2025-06-01", List.of("SALES", "CLIENTS"));
    }

    private static Map<String, Object> with(Map<String, Object> input, Object... namesAndValues) {
        Map<String, Object> changed = new HashMap<>(input);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            changed.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return changed;
    }

    private static Map<String, Object> without(Map<String, Object> input, String name) {
        Map<String, Object> changed = new HashMap<>(input);
        changed.remove(name);
        return changed;
    }

    private static String card(String slug) {
        return (String) TestCards.ensureCard(PRODUCT, slug).get("slug");
    }

    private static Map<String, Object> create(Map<String, Object> input) {
        JsonPath created = graphql(CREATE, "input", input);
        assertThat(created.getList("errors")).as("GraphQL errors").isNull();
        assertThat(created.getList("data.createReleaseNote.userErrors")).as("user errors creating %s", input.get("slug")).isEmpty();
        return created.getMap("data.createReleaseNote.releaseNote");
    }

    private static Map<String, Object> bySlug(String slug) {
        return graphql(BY_SLUG, "slug", slug).getMap("data.releaseNote");
    }

    private static List<String> feedSlugs(Map<String, Object> filter) {
        return graphql(FEED, "first", 100, "filter", filter).getList("data.releaseNotes.edges.node.slug");
    }

    private static long countOf(String cardSlug) {
        return graphql(FEED, "first", 0, "filter", Map.of("cardSlug", cardSlug)).getLong("data.releaseNotes.totalCount");
    }

    /** The payload carries exactly this one user error, no note, and no GraphQL error. */
    private static void assertRefused(JsonPath result, String mutation, String code, String... field) {
        assertThat(result.getList("errors")).as("GraphQL errors").isNull();
        assertThat(result.getMap("data." + mutation + ".releaseNote")).isNull();
        List<Map<String, Object>> errors = result.getList("data." + mutation + ".userErrors");
        assertThat(errors).extracting(e -> e.get("code"), e -> e.get("field")).containsExactly(tuple(code, List.of(field)));
        assertThat((String) errors.get(0).get("message")).isNotBlank();
    }

    private static void assertCreateRefused(Map<String, Object> input, String code, String... field) {
        String cardSlug = (String) input.get("cardSlug");
        long before = cardSlug == null ? 0 : countOf(cardSlug);
        assertRefused(graphql(CREATE, "input", input), "createReleaseNote", code, field);
        assertThat(bySlug((String) input.get("slug"))).as("stored note %s", input.get("slug")).isNull();
        if (cardSlug != null) {
            assertThat(countOf(cardSlug)).as("notes of %s", cardSlug).isEqualTo(before);
        }
    }

    // ---- round trip ----

    @Test
    void createsReadsUpdatesAndDeletesAReleaseNote() {
        String card = card("test-rn-card-crud");
        Map<String, Object> input = with(noteInput("test-rn-crud", card), "title", "  Новая функция  ",
                "audiences", List.of("SALES", "CLIENTS", "SALES"),
                "rollout", Map.of("sharePercent", 25, "startDate", "2025-06-01", "clientCanOptOut", true));
        Map<String, Object> created = create(input);
        assertThat(created.get("slug")).isEqualTo("test-rn-crud");
        assertThat(created.get("title")).isEqualTo("Новая функция");
        assertThat(created.get("text")).isEqualTo("Что изменилось, простыми словами.");
        assertThat(created.get("publishedOn")).isEqualTo("2025-06-01");
        assertThat(created.get("audiences")).as("repeats dropped").isEqualTo(List.of("SALES", "CLIENTS"));
        assertThat(created.get("version")).isEqualTo(0);
        assertThat(created.get("card")).isEqualTo(Map.of("slug", card));
        JsonPath createdJson = graphql(BY_SLUG, "slug", "test-rn-crud");
        assertThat(createdJson.getDouble("data.releaseNote.rollout.sharePercent")).isEqualTo(25.0);
        assertThat(createdJson.getString("data.releaseNote.rollout.startDate")).isEqualTo("2025-06-01");
        assertThat(createdJson.getBoolean("data.releaseNote.rollout.clientCanOptOut")).isTrue();

        String id = (String) created.get("id");
        Map<String, Object> stored = bySlug("test-rn-crud");
        assertThat(stored.get("id")).isEqualTo(id);
        assertThat(graphql(BY_ID, "id", id).getMap("data.releaseNote")).isEqualTo(stored);
        assertThat(graphql(NODE, "id", id).getMap("data.node")).isEqualTo(stored);

        JsonPath retitled = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "title", "Другой заголовок"));
        assertThat(retitled.getList("data.updateReleaseNote.userErrors")).isEmpty();
        Map<String, Object> expected = with(stored, "title", "Другой заголовок", "version", 1);
        assertThat(retitled.getMap("data.updateReleaseNote.releaseNote")).isEqualTo(expected);
        assertThat(bySlug("test-rn-crud")).isEqualTo(expected);

        JsonPath changed = graphql(UPDATE, "input", Map.of("id", id, "version", 1, "audiences", List.of("MARKETING"),
                "publishedOn", "2025-07-15", "text", "Другой текст.",
                "rollout", Map.of("sharePercent", 12.5, "startDate", "2025-07-15", "clientCanOptOut", false)));
        assertThat(changed.getList("data.updateReleaseNote.userErrors")).isEmpty();
        JsonPath read = graphql(BY_SLUG, "slug", "test-rn-crud");
        assertThat(read.getList("data.releaseNote.audiences")).containsExactly("MARKETING");
        assertThat(read.getString("data.releaseNote.publishedOn")).isEqualTo("2025-07-15");
        assertThat(read.getString("data.releaseNote.text")).isEqualTo("Другой текст.");
        assertThat(read.getString("data.releaseNote.title")).isEqualTo("Другой заголовок");
        assertThat(read.getDouble("data.releaseNote.rollout.sharePercent")).isEqualTo(12.5);
        assertThat(read.getString("data.releaseNote.rollout.startDate")).isEqualTo("2025-07-15");
        assertThat(read.getBoolean("data.releaseNote.rollout.clientCanOptOut")).isFalse();
        assertThat(read.getInt("data.releaseNote.version")).isEqualTo(2);

        JsonPath stale = graphql(DELETE, "input", Map.of("id", id, "version", 1));
        assertThat(stale.getList("data.deleteReleaseNote.userErrors.code")).containsExactly("STALE_VERSION");
        assertThat(stale.getList("data.deleteReleaseNote.userErrors[0].field")).containsExactly("input", "version");
        assertThat(stale.getString("data.deleteReleaseNote.deletedId")).isNull();
        assertThat(bySlug("test-rn-crud")).isNotNull();

        JsonPath deleted = graphql(DELETE, "input", Map.of("id", id, "version", 2));
        assertThat(deleted.getList("data.deleteReleaseNote.userErrors")).isEmpty();
        assertThat(deleted.getString("data.deleteReleaseNote.deletedId")).isEqualTo(id);
        assertThat(bySlug("test-rn-crud")).isNull();
        assertThat(graphql(BY_ID, "id", id).getMap("data.releaseNote")).isNull();
        assertThat(graphql(NODE, "id", id).getMap("data.node")).isNull();
        assertThat(countOf(card)).isZero();
    }

    @Test
    void aNoteWithoutRolloutFactsHasNone() {
        String card = card("test-rn-card-no-rollout");
        Map<String, Object> created = create(noteInput("test-rn-no-rollout", card));
        assertThat(created.get("rollout")).isNull();
        assertThat(bySlug("test-rn-no-rollout").get("rollout")).isNull();
    }

    // ---- the feed ----

    @Test
    void theFeedIsNewestFirstAndPagesWithCursorsWithoutOverlap() {
        JsonPath firstPage = graphql(FEED, "first", 5);
        long total = firstPage.getLong("data.releaseNotes.totalCount");
        assertThat(total).isGreaterThanOrEqualTo(SAMPLE_FEED.size());
        assertThat(firstPage.getList("data.releaseNotes.edges.node.slug")).containsExactlyElementsOf(SAMPLE_FEED.subList(0, 5));
        assertThat(firstPage.getBoolean("data.releaseNotes.pageInfo.hasPreviousPage")).isFalse();
        assertThat(firstPage.getBoolean("data.releaseNotes.pageInfo.hasNextPage")).isTrue();
        assertThat(firstPage.getString("data.releaseNotes.pageInfo.startCursor"))
                .isEqualTo(firstPage.getString("data.releaseNotes.edges[0].cursor"));
        assertThat(firstPage.getString("data.releaseNotes.pageInfo.endCursor"))
                .isEqualTo(firstPage.getString("data.releaseNotes.edges[4].cursor"));

        JsonPath secondPage = graphql(FEED, "first", 5, "after", firstPage.getString("data.releaseNotes.pageInfo.endCursor"));
        assertThat(secondPage.getList("data.releaseNotes.edges.node.slug")).containsExactlyElementsOf(SAMPLE_FEED.subList(5, 10));
        assertThat(secondPage.getBoolean("data.releaseNotes.pageInfo.hasPreviousPage")).isTrue();
        assertThat(secondPage.getLong("data.releaseNotes.totalCount")).isEqualTo(total);

        List<String> slugs = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            JsonPath page = graphql(FEED, "first", 5, "after", after);
            List<String> pageSlugs = page.getList("data.releaseNotes.edges.node.slug");
            assertThat(page.getLong("data.releaseNotes.totalCount")).as("totalCount on every page").isEqualTo(total);
            assertThat(pageSlugs).hasSizeLessThanOrEqualTo(5);
            slugs.addAll(pageSlugs);
            dates.addAll(page.getList("data.releaseNotes.edges.node.publishedOn"));
            pages++;
            if (!page.getBoolean("data.releaseNotes.pageInfo.hasNextPage")) {
                break;
            }
            assertThat(pageSlugs).hasSize(5);
            after = page.getString("data.releaseNotes.pageInfo.endCursor");
            assertThat(pages).as("the feed ends").isLessThan(100);
        }
        assertThat(slugs).as("no overlaps").doesNotHaveDuplicates();
        assertThat((long) slugs.size()).as("pages add up to totalCount").isEqualTo(total);
        assertThat(pages).isEqualTo((int) ((total + 4) / 5));
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.reverseOrder());
        assertThat(dates).as("published newest first").isEqualTo(sorted);
        assertThat(slugs.subList(0, SAMPLE_FEED.size())).containsExactlyElementsOf(SAMPLE_FEED);

        JsonPath beyond = graphql(FEED, "first", 5, "after", graphql(FEED, "first", (int) Math.min(total, 100))
                .getString("data.releaseNotes.pageInfo.endCursor"));
        if (total <= 100) {
            assertThat(beyond.getList("data.releaseNotes.edges")).isEmpty();
            assertThat(beyond.getBoolean("data.releaseNotes.pageInfo.hasNextPage")).isFalse();
        }
        JsonPath none = graphql(FEED, "first", 0);
        assertThat(none.getList("data.releaseNotes.edges")).isEmpty();
        assertThat(none.getLong("data.releaseNotes.totalCount")).isEqualTo(total);

        JsonPath tooMany = graphql(FEED, "first", 101);
        assertThat(tooMany.getString("errors[0].message")).contains("first");
    }

    @Test
    void filtersTheSampleFeedByCardAudienceAndDate() {
        assertThat(feedSlugs(Map.of("cardSlug", "call-tracking-employers")))
                .containsExactly("call-tracking-50-percent", "call-tracking-opt-out", "call-tracking-10-percent");
        assertThat(feedSlugs(Map.of("cardSlug", "call-tracking-employers", "audience", "CLIENTS")))
                .containsExactly("call-tracking-50-percent", "call-tracking-opt-out");
        assertThat(feedSlugs(Map.of("cardSlug", "call-tracking-employers", "since", "2026-04-20")))
                .as("since is inclusive").containsExactly("call-tracking-50-percent", "call-tracking-opt-out");
        assertThat(feedSlugs(Map.of("cardSlug", "call-tracking-employers", "since", "2026-04-21")))
                .containsExactly("call-tracking-50-percent");
        assertThat(feedSlugs(Map.of("since", "2026-10-01")))
                .containsExactly("resume-search-filters-launch", "employer-brand-page-faq");
        assertThat(feedSlugs(Map.of("cardSlug", "test-rn-no-such-card"))).isEmpty();

        JsonPath marketing = graphql(FEED, "first", 100, "filter", Map.of("audience", "MARKETING"));
        List<String> slugs = marketing.getList("data.releaseNotes.edges.node.slug");
        List<List<String>> audiences = marketing.getList("data.releaseNotes.edges.node.audiences");
        assertThat(audiences).allSatisfy(a -> assertThat(a).contains("MARKETING"));
        assertThat(slugs).doesNotContain("missed-call-notifications-launch", "crm-ats-new-connectors", "candidate-status-sync-launch");
        assertThat(slugs.stream().filter(SAMPLE_FEED::contains).toList()).containsExactly(
                "resume-search-filters-launch", "employer-brand-page-faq", "referral-program-three-steps",
                "self-serve-payment-launch", "call-tracking-50-percent", "call-tracking-opt-out",
                "onboarding-checklist-launch", "call-tracking-10-percent", "vacancy-auto-renewal-launch");
        assertThat(marketing.getLong("data.releaseNotes.totalCount")).isEqualTo(slugs.size());
    }

    @Test
    void filtersOwnNotesByCardAudienceAndDateCombined() {
        String card = card("test-rn-card-filters");
        create(noteInput("test-rn-filter-a", card, "2025-01-10", List.of("SALES")));
        create(noteInput("test-rn-filter-b", card, "2025-03-15", List.of("MARKETING", "CLIENTS")));
        create(noteInput("test-rn-filter-c", card, "2025-03-15", List.of("SALES", "PRODUCT")));
        create(noteInput("test-rn-filter-d", card, "2025-05-01", List.of("PRODUCT")));

        assertThat(feedSlugs(Map.of("cardSlug", card)))
                .containsExactly("test-rn-filter-d", "test-rn-filter-c", "test-rn-filter-b", "test-rn-filter-a");
        assertThat(feedSlugs(Map.of("cardSlug", card, "audience", "SALES"))).containsExactly("test-rn-filter-c", "test-rn-filter-a");
        assertThat(feedSlugs(Map.of("cardSlug", card, "audience", "PRODUCT"))).containsExactly("test-rn-filter-d", "test-rn-filter-c");
        assertThat(feedSlugs(Map.of("cardSlug", card, "since", "2025-03-15")))
                .containsExactly("test-rn-filter-d", "test-rn-filter-c", "test-rn-filter-b");
        assertThat(feedSlugs(Map.of("cardSlug", card, "since", "2025-03-15", "audience", "CLIENTS")))
                .containsExactly("test-rn-filter-b");
        assertThat(feedSlugs(Map.of("audience", "PRODUCT"))).as("no sample note is for product managers")
                .contains("test-rn-filter-d", "test-rn-filter-c").doesNotContainAnyElementsOf(SAMPLE_FEED);

        JsonPath paged = graphql(FEED, "first", 3, "filter", Map.of("cardSlug", card));
        assertThat(paged.getLong("data.releaseNotes.totalCount")).isEqualTo(4);
        assertThat(paged.getBoolean("data.releaseNotes.pageInfo.hasNextPage")).isTrue();
        JsonPath rest = graphql(FEED, "first", 3, "after", paged.getString("data.releaseNotes.pageInfo.endCursor"),
                "filter", Map.of("cardSlug", card));
        assertThat(rest.getList("data.releaseNotes.edges.node.slug")).containsExactly("test-rn-filter-a");
        assertThat(rest.getBoolean("data.releaseNotes.pageInfo.hasNextPage")).isFalse();

        assertThat(graphql("query { featureCard(slug: \"test-rn-card-filters\") { releaseNotes { slug } } }")
                .getList("data.featureCard.releaseNotes.slug"))
                .containsExactly("test-rn-filter-d", "test-rn-filter-c", "test-rn-filter-b", "test-rn-filter-a");
    }

    @Test
    void sampleNotesCarryTheirRolloutFacts() {
        JsonPath tenPercent = graphql(BY_SLUG, "slug", "call-tracking-10-percent");
        assertThat(tenPercent.getString("data.releaseNote.publishedOn")).isEqualTo("2026-03-02");
        assertThat(tenPercent.getList("data.releaseNote.audiences")).containsExactly("SALES", "MARKETING");
        assertThat(tenPercent.getString("data.releaseNote.card.slug")).isEqualTo("call-tracking-employers");
        assertThat(tenPercent.getDouble("data.releaseNote.rollout.sharePercent")).isEqualTo(10.0);
        assertThat(tenPercent.getString("data.releaseNote.rollout.startDate")).isEqualTo("2026-03-02");
        assertThat(tenPercent.getBoolean("data.releaseNote.rollout.clientCanOptOut")).isFalse();

        JsonPath optOut = graphql(BY_SLUG, "slug", "call-tracking-opt-out");
        assertThat(optOut.getDouble("data.releaseNote.rollout.sharePercent")).isEqualTo(10.0);
        assertThat(optOut.getBoolean("data.releaseNote.rollout.clientCanOptOut")).isTrue();

        JsonPath half = graphql(BY_SLUG, "slug", "call-tracking-50-percent");
        assertThat(half.getDouble("data.releaseNote.rollout.sharePercent")).isEqualTo(50.0);
        assertThat(half.getString("data.releaseNote.rollout.startDate")).isEqualTo("2026-06-15");

        assertThat(bySlug("self-serve-payment-launch").get("rollout")).as("no rollout facts in the file").isNull();
    }

    @Test
    void aSampleCardListsItsReleaseNotesNewestFirst() {
        JsonPath card = graphql("""
                query { featureCard(slug: "call-tracking-employers") {
                  releaseNotes { slug publishedOn card { slug } rollout { sharePercent } }
                } }""");
        assertThat(card.getList("data.featureCard.releaseNotes.slug"))
                .containsExactly("call-tracking-50-percent", "call-tracking-opt-out", "call-tracking-10-percent");
        assertThat(card.getList("data.featureCard.releaseNotes.publishedOn"))
                .containsExactly("2026-06-15", "2026-04-20", "2026-03-02");
        assertThat(card.getList("data.featureCard.releaseNotes.card.slug")).containsOnly("call-tracking-employers");

        JsonPath cards = graphql("""
                query { featureCards(first: 100, orderBy: {field: CREATED_AT, direction: ASC}) {
                  edges { node { slug releaseNotes { slug } } }
                } }""");
        List<Map<String, Object>> nodes = cards.getList("data.featureCards.edges.node");
        Set<String> listed = new HashSet<>();
        for (Map<String, Object> node : nodes) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> notes = (List<Map<String, Object>>) node.get("releaseNotes");
            notes.forEach(n -> listed.add((String) n.get("slug")));
            if ("call-tracking-employers".equals(node.get("slug"))) {
                assertThat(notes).extracting(n -> n.get("slug"))
                        .containsExactly("call-tracking-50-percent", "call-tracking-opt-out", "call-tracking-10-percent");
            }
        }
        assertThat(listed).as("batched over a page of cards").containsAll(SAMPLE_FEED);
    }

    // ---- refusals: each names the field, and nothing is stored ----

    @Test
    void refusesMissingAudiences() {
        String card = card("test-rn-card-refusals");
        assertCreateRefused(without(noteInput("test-rn-no-audiences", card), "audiences"), "REQUIRED", "input", "audiences");
        assertCreateRefused(with(noteInput("test-rn-empty-audiences", card), "audiences", List.of()),
                "REQUIRED", "input", "audiences");
    }

    @Test
    void refusesARolloutShareOutsideZeroToHundred() {
        String card = card("test-rn-card-refusals");
        assertCreateRefused(with(noteInput("test-rn-share-150", card), "rollout", Map.of("sharePercent", 150)),
                "INVALID", "input", "rollout", "sharePercent");
        assertCreateRefused(with(noteInput("test-rn-share-negative", card), "rollout", Map.of("sharePercent", -1)),
                "INVALID", "input", "rollout", "sharePercent");
        assertThat(create(with(noteInput("test-rn-share-100", card), "rollout", Map.of("sharePercent", 100))).get("slug"))
                .isEqualTo("test-rn-share-100");
    }

    @Test
    void refusesAnUnknownCard() {
        assertCreateRefused(noteInput("test-rn-unknown-card", "test-rn-no-such-card"), "NOT_FOUND", "input", "cardSlug");
        assertCreateRefused(without(noteInput("test-rn-no-card", "x"), "cardSlug"), "REQUIRED", "input", "cardSlug");
    }

    @Test
    void refusesADuplicateSlugAndKeepsTheFirst() {
        String card = card("test-rn-card-duplicate");
        Map<String, Object> first = create(noteInput("test-rn-duplicate", card));
        JsonPath second = graphql(CREATE, "input", with(noteInput("test-rn-duplicate", card), "title", "Вторая"));
        assertRefused(second, "createReleaseNote", "DUPLICATE", "input", "slug");
        assertThat(bySlug("test-rn-duplicate")).isEqualTo(first);
        assertThat(countOf(card)).isEqualTo(1);

        JsonPath sample = graphql(CREATE, "input", noteInput("call-tracking-10-percent", card));
        assertRefused(sample, "createReleaseNote", "DUPLICATE", "input", "slug");
        assertThat(bySlug("call-tracking-10-percent").get("card")).isEqualTo(Map.of("slug", "call-tracking-employers"));
    }

    @Test
    void refusesOtherInvalidFields() {
        String card = card("test-rn-card-refusals");
        assertCreateRefused(noteInput("Test RN", card), "INVALID", "input", "slug");
        assertCreateRefused(with(noteInput("test-rn-long-title", card), "title", "з".repeat(201)), "TOO_LONG", "input", "title");
        assertCreateRefused(with(noteInput("test-rn-blank-text", card), "text", " "), "REQUIRED", "input", "text");
        assertCreateRefused(without(noteInput("test-rn-no-date", card), "publishedOn"), "REQUIRED", "input", "publishedOn");
    }

    @Test
    void refusesAnUnknownAudienceAsAGraphQLValidationError() {
        String card = card("test-rn-card-refusals");
        JsonPath refused = graphql(CREATE, "input", with(noteInput("test-rn-bad-audience", card), "audiences", List.of("INVESTORS")));
        assertThat(refused.getMap("data")).isNull();
        assertThat(refused.getString("errors[0].message")).contains("Audience", "INVESTORS");
        assertThat(bySlug("test-rn-bad-audience")).isNull();
    }

    @Test
    void refusesAStaleVersionAndInvalidUpdatesAndChangesNothing() {
        String card = card("test-rn-card-refusals");
        Map<String, Object> created = create(with(noteInput("test-rn-update-refusals", card),
                "rollout", Map.of("sharePercent", 30, "clientCanOptOut", true)));
        Object id = created.get("id");
        JsonPath edited = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "title", "Первая правка"));
        Map<String, Object> current = edited.getMap("data.updateReleaseNote.releaseNote");
        assertThat(current.get("version")).isEqualTo(1);

        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 0, "title", "Вторая правка")),
                "updateReleaseNote", "STALE_VERSION", "input", "version");
        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 1, "audiences", List.of())),
                "updateReleaseNote", "REQUIRED", "input", "audiences");
        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 1, "rollout", Map.of("sharePercent", 150))),
                "updateReleaseNote", "INVALID", "input", "rollout", "sharePercent");
        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 1, "cardSlug", "test-rn-no-such-card")),
                "updateReleaseNote", "NOT_FOUND", "input", "cardSlug");
        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 1, "title", "з".repeat(201))),
                "updateReleaseNote", "TOO_LONG", "input", "title");

        assertThat(bySlug("test-rn-update-refusals")).as("unchanged after every refusal").isEqualTo(current);
        assertThat(current.get("title")).isEqualTo("Первая правка");
    }

    // ---- a card with release notes cannot be deleted ----

    @Test
    void refusesToDeleteACardThatStillHasAReleaseNote() {
        Map<String, Object> card = TestCards.createCard(PRODUCT, "test-rn-card-in-use");
        Map<String, Object> note = create(noteInput("test-rn-in-use", "test-rn-card-in-use"));
        String deleteCard = """
                mutation($input: DeleteInput!) { deleteFeatureCard(input: $input) { deletedId userErrors { field message code } } }""";

        JsonPath refused = graphql(deleteCard, "input", Map.of("id", card.get("id"), "version", card.get("version")));
        assertThat(refused.getList("errors")).isNull();
        assertThat(refused.getString("data.deleteFeatureCard.deletedId")).isNull();
        assertThat(refused.getList("data.deleteFeatureCard.userErrors.code")).containsExactly("IN_USE");
        assertThat(refused.getList("data.deleteFeatureCard.userErrors[0].field")).containsExactly("input", "id");
        assertThat(graphql("query { featureCard(slug: \"test-rn-card-in-use\") { id releaseNotes { slug } } }")
                .getList("data.featureCard.releaseNotes.slug")).containsExactly("test-rn-in-use");
        assertThat(bySlug("test-rn-in-use")).isEqualTo(note);

        graphql(DELETE, "input", Map.of("id", note.get("id"), "version", 0));
        JsonPath deleted = graphql(deleteCard, "input", Map.of("id", card.get("id"), "version", card.get("version")));
        assertThat(deleted.getList("data.deleteFeatureCard.userErrors")).isEmpty();
        assertThat(deleted.getString("data.deleteFeatureCard.deletedId")).isEqualTo(card.get("id"));
        assertThat(graphql("query { featureCard(slug: \"test-rn-card-in-use\") { id } }").getMap("data.featureCard")).isNull();
    }
}
