package com.example.portal.evidence;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.Operations;
import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class EvidenceApiQuarkusTest {

    private static final String PRODUCT = "test-ev-product";

    private static final String CREATE = Operations.of("CreateEvidence");
    private static final String UPDATE = Operations.of("UpdateEvidence");
    private static final String DELETE = Operations.of("DeleteEvidence");
    private static final String BY_SLUG = Operations.of("EvidenceBySlug");
    private static final String BY_ID = Operations.of("EvidenceById");
    private static final String NODE = Operations.of("EvidenceNode");
    private static final String LIST = Operations.of("AllEvidence");

    // ---- inputs ----

    private static Map<String, Object> base(String slug, String cardSlug, String kind) {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("cardSlug", cardSlug);
        input.put("kind", kind);
        input.put("title", "Исследование " + slug);
        input.put("conductedOn", "2026-05-01");
        input.put("conclusion", "Что это значит простыми словами.");
        return input;
    }

    private static Map<String, Object> abTestInput(String slug, String cardSlug) {
        Map<String, Object> input = base(slug, cardSlug, "AB_TEST");
        input.put("abTest", abCounts(1000, 360, 1200, 500));
        return input;
    }

    private static Map<String, Object> abCounts(int controlUsers, int controlConversions, int variantUsers, int variantConversions) {
        return Map.of("controlUsers", controlUsers, "controlConversions", controlConversions,
                "variantUsers", variantUsers, "variantConversions", variantConversions);
    }

    private static Map<String, Object> surveyInput(String slug, String cardSlug, String kind) {
        Map<String, Object> input = base(slug, cardSlug, kind);
        input.put("survey", Map.of("respondents", 100, "satisfied", 90));
        return input;
    }

    private static Map<String, Object> pilotInput(String slug, String cardSlug) {
        Map<String, Object> input = base(slug, cardSlug, "PILOT");
        input.put("pilot", Map.of("metric", "Доля пропущенных звонков, %", "before", 31.5, "after", 12, "participants", 40));
        return input;
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

    // ---- helpers ----

    private static String card(String slug) {
        return (String) TestCards.ensureCard(PRODUCT, slug).get("slug");
    }

    private static Map<String, Object> create(Map<String, Object> input) {
        JsonPath created = graphql(CREATE, "input", input);
        assertThat(created.getList("errors")).as("GraphQL errors").isNull();
        assertThat(created.getList("data.createEvidence.userErrors")).as("user errors creating %s", input.get("slug")).isEmpty();
        return created.getMap("data.createEvidence.evidence");
    }

    private static Map<String, Object> bySlug(String slug) {
        return graphql(BY_SLUG, "slug", slug).getMap("data.evidence");
    }

    private static long countOf(String cardSlug) {
        return graphql(LIST, "first", 0, "filter", Map.of("cardSlug", cardSlug)).getLong("data.allEvidence.totalCount");
    }

    /** The payload carries exactly this one user error, no evidence, and no GraphQL error. */
    private static void assertRefused(JsonPath result, String mutation, String code, String... field) {
        assertThat(result.getList("errors")).as("GraphQL errors").isNull();
        assertThat(result.getMap("data." + mutation + ".evidence")).isNull();
        List<Map<String, Object>> errors = result.getList("data." + mutation + ".userErrors");
        assertThat(errors).extracting(e -> e.get("code"), e -> e.get("field")).containsExactly(tuple(code, List.of(field)));
        assertThat((String) errors.get(0).get("message")).isNotBlank();
    }

    private static void assertCreateRefused(Map<String, Object> input, String code, String... field) {
        String cardSlug = (String) input.get("cardSlug");
        long before = cardSlug == null ? 0 : countOf(cardSlug);
        assertRefused(graphql(CREATE, "input", input), "createEvidence", code, field);
        assertThat(bySlug((String) input.get("slug"))).as("stored evidence %s", input.get("slug")).isNull();
        if (cardSlug != null) {
            assertThat(countOf(cardSlug)).as("evidence of %s", cardSlug).isEqualTo(before);
        }
    }

    // ---- create and read ----

    @Test
    void createsAnAbTestAndReadsItBackByIdSlugAndNode() {
        String card = card("test-ev-card-kinds");
        Map<String, Object> created = create(abTestInput("test-ev-ab", card));

        assertThat(created.get("slug")).isEqualTo("test-ev-ab");
        assertThat(created.get("kind")).isEqualTo("AB_TEST");
        assertThat(created.get("title")).isEqualTo("Исследование test-ev-ab");
        assertThat(created.get("conductedOn")).isEqualTo("2026-05-01");
        assertThat(created.get("conclusion")).isEqualTo("Что это значит простыми словами.");
        assertThat(created.get("version")).isEqualTo(0);
        assertThat(created.get("sampleSize")).isEqualTo(2200);
        assertThat(created.get("card")).isEqualTo(Map.of("slug", card));
        assertThat(created.get("abTest")).isEqualTo(abCounts(1000, 360, 1200, 500));
        assertThat(created.get("survey")).isNull();
        assertThat(created.get("pilot")).isNull();

        String id = (String) created.get("id");
        assertThat(graphql(BY_ID, "id", id).getMap("data.evidence")).isEqualTo(created);
        assertThat(bySlug("test-ev-ab")).isEqualTo(created);
        assertThat(graphql(NODE, "id", id).getMap("data.node")).isEqualTo(created);
    }

    @Test
    void createsSurveysAndInterviewsWithTheSurveyBlock() {
        String card = card("test-ev-card-kinds");
        for (String kind : List.of("SURVEY", "INTERVIEW")) {
            String slug = "test-ev-" + kind.toLowerCase();
            Map<String, Object> created = create(with(surveyInput(slug, card, kind), "survey",
                    Map.of("respondents", 12, "satisfied", 9), "title", "  Интервью с клиентами  "));
            assertThat(created.get("kind")).isEqualTo(kind);
            assertThat(created.get("title")).as("title is stored stripped").isEqualTo("Интервью с клиентами");
            assertThat(created.get("survey")).isEqualTo(Map.of("respondents", 12, "satisfied", 9));
            assertThat(created.get("sampleSize")).isEqualTo(12);
            assertThat(created.get("abTest")).isNull();
            assertThat(created.get("pilot")).isNull();
            assertThat(bySlug(slug)).isEqualTo(created);
            assertThat(graphql(NODE, "id", created.get("id")).getMap("data.node")).isEqualTo(created);
        }
    }

    @Test
    void createsAPilotWithBeforeAndAfter() {
        String card = card("test-ev-card-kinds");
        Map<String, Object> created = create(pilotInput("test-ev-pilot", card));
        assertThat(created.get("kind")).isEqualTo("PILOT");
        assertThat(created.get("sampleSize")).isEqualTo(40);
        assertThat(created.get("abTest")).isNull();
        assertThat(created.get("survey")).isNull();

        Map<String, Object> stored = bySlug("test-ev-pilot");
        assertThat(stored.get("id")).isEqualTo(created.get("id"));
        assertThat(stored.get("sampleSize")).isEqualTo(40);
        JsonPath read = graphql(BY_SLUG, "slug", "test-ev-pilot");
        assertThat(read.getString("data.evidence.pilot.metric")).isEqualTo("Доля пропущенных звонков, %");
        assertThat(read.getDouble("data.evidence.pilot.before")).isEqualTo(31.5);
        assertThat(read.getDouble("data.evidence.pilot.after")).isEqualTo(12.0);
        assertThat(read.getInt("data.evidence.pilot.participants")).isEqualTo(40);

        Map<String, Object> noParticipants = pilotInput("test-ev-pilot-no-participants", card);
        noParticipants.put("pilot", Map.of("metric", "Откликов в месяц", "before", 14, "after", 19));
        Map<String, Object> unknownSize = create(noParticipants);
        assertThat(unknownSize.get("sampleSize")).as("a pilot without participants rests on 0").isEqualTo(0);
        assertThat(graphql(BY_SLUG, "slug", "test-ev-pilot-no-participants").getString("data.evidence.pilot.participants"))
                .isNull();
    }

    @Test
    void readsNothingForUnknownSlugOrIdAndRefusesAmbiguousLookups() {
        assertThat(bySlug("test-ev-no-such-evidence")).isNull();
        String cardId = (String) TestCards.ensureCard(PRODUCT, "test-ev-card-kinds").get("id");
        assertThat(graphql(BY_ID, "id", cardId).getMap("data.evidence")).as("a card id is not an evidence id").isNull();
        JsonPath both = graphql("""
                query { evidence(id: "x", slug: "call-tracking-ab-2026") { slug } }""");
        assertThat(both.getString("errors[0].message")).contains("id", "slug");
    }

    // ---- update and delete ----

    @Test
    void updatesOnlyTheTitleAndKeepsEverythingElse() {
        String card = card("test-ev-card-update");
        Map<String, Object> created = create(abTestInput("test-ev-update-title", card));

        JsonPath updated = graphql(UPDATE, "input", Map.of("id", created.get("id"), "version", 0, "title", "Новый заголовок"));
        assertThat(updated.getList("data.updateEvidence.userErrors")).isEmpty();
        Map<String, Object> expected = with(created, "title", "Новый заголовок", "version", 1);
        assertThat(updated.getMap("data.updateEvidence.evidence")).isEqualTo(expected);
        assertThat(bySlug("test-ev-update-title")).isEqualTo(expected);
    }

    @Test
    void changesTheKindTogetherWithTheNewBlock() {
        String card = card("test-ev-card-update");
        Map<String, Object> created = create(abTestInput("test-ev-update-kind", card));

        JsonPath toSurvey = graphql(UPDATE, "input", Map.of("id", created.get("id"), "version", 0, "kind", "SURVEY",
                "survey", Map.of("respondents", 50, "satisfied", 45)));
        assertThat(toSurvey.getList("data.updateEvidence.userErrors")).isEmpty();
        Map<String, Object> survey = toSurvey.getMap("data.updateEvidence.evidence");
        assertThat(survey.get("kind")).isEqualTo("SURVEY");
        assertThat(survey.get("survey")).isEqualTo(Map.of("respondents", 50, "satisfied", 45));
        assertThat(survey.get("abTest")).as("the old block is gone").isNull();
        assertThat(survey.get("sampleSize")).isEqualTo(50);
        assertThat(survey.get("version")).isEqualTo(1);
        assertThat(survey.get("title")).isEqualTo(created.get("title"));
        assertThat(bySlug("test-ev-update-kind")).isEqualTo(survey);

        JsonPath toPilot = graphql(UPDATE, "input", Map.of("id", created.get("id"), "version", 1, "kind", "PILOT",
                "pilot", Map.of("metric", "Время ответа, часов", "before", 26, "after", 9, "participants", 15)));
        assertThat(toPilot.getList("data.updateEvidence.userErrors")).isEmpty();
        Map<String, Object> pilot = bySlug("test-ev-update-kind");
        assertThat(pilot.get("kind")).isEqualTo("PILOT");
        assertThat(pilot.get("survey")).isNull();
        assertThat(pilot.get("sampleSize")).isEqualTo(15);
        assertThat(pilot.get("version")).isEqualTo(2);

        JsonPath sameKindNewCounts = graphql(UPDATE, "input", Map.of("id", created.get("id"), "version", 2,
                "pilot", Map.of("metric", "Время ответа, часов", "before", 26, "after", 8)));
        assertThat(sameKindNewCounts.getList("data.updateEvidence.userErrors")).isEmpty();
        JsonPath read = graphql(BY_SLUG, "slug", "test-ev-update-kind");
        assertThat(read.getString("data.evidence.kind")).isEqualTo("PILOT");
        assertThat(read.getDouble("data.evidence.pilot.after")).isEqualTo(8.0);
        assertThat(read.getString("data.evidence.pilot.participants")).as("a given block replaces the stored one").isNull();
    }

    @Test
    void movesEvidenceToAnotherCard() {
        String from = card("test-ev-card-update");
        String to = card("test-ev-card-move");
        Map<String, Object> created = create(abTestInput("test-ev-move", from));
        JsonPath moved = graphql(UPDATE, "input", Map.of("id", created.get("id"), "version", 0, "cardSlug", to));
        assertThat(moved.getList("data.updateEvidence.userErrors")).isEmpty();
        assertThat(bySlug("test-ev-move").get("card")).isEqualTo(Map.of("slug", to));
        assertThat(graphql("query { featureCard(slug: \"test-ev-card-move\") { evidence { slug } } }")
                .getList("data.featureCard.evidence.slug")).containsExactly("test-ev-move");
    }

    @Test
    void deletesEvidence() {
        String card = card("test-ev-card-delete");
        Map<String, Object> created = create(surveyInput("test-ev-delete", card, "SURVEY"));
        String id = (String) created.get("id");

        JsonPath stale = graphql(DELETE, "input", Map.of("id", id, "version", 3));
        assertThat(stale.getString("data.deleteEvidence.deletedId")).isNull();
        assertThat(stale.getList("data.deleteEvidence.userErrors.code")).containsExactly("STALE_VERSION");
        assertThat(stale.getList("data.deleteEvidence.userErrors[0].field")).containsExactly("input", "version");
        assertThat(bySlug("test-ev-delete")).isEqualTo(created);

        JsonPath deleted = graphql(DELETE, "input", Map.of("id", id, "version", 0));
        assertThat(deleted.getList("data.deleteEvidence.userErrors")).isEmpty();
        assertThat(deleted.getString("data.deleteEvidence.deletedId")).isEqualTo(id);
        assertThat(bySlug("test-ev-delete")).isNull();
        assertThat(graphql(BY_ID, "id", id).getMap("data.evidence")).isNull();
        assertThat(graphql(NODE, "id", id).getMap("data.node")).isNull();
        assertThat(countOf(card)).isZero();

        JsonPath again = graphql(DELETE, "input", Map.of("id", id, "version", 0));
        assertThat(again.getList("data.deleteEvidence.userErrors.code")).containsExactly("NOT_FOUND");
        assertThat(again.getList("data.deleteEvidence.userErrors[0].field")).containsExactly("input", "id");
    }

    // ---- lists ----

    @Test
    void listsACardsEvidenceNewestFirstAPageAtATimeAndByKind() {
        String card = card("test-ev-card-list");
        create(with(abTestInput("test-ev-list-a", card), "conductedOn", "2026-01-10"));
        create(with(surveyInput("test-ev-list-b", card, "SURVEY"), "conductedOn", "2026-03-05"));
        create(with(abTestInput("test-ev-list-c", card), "conductedOn", "2026-03-05"));
        create(with(pilotInput("test-ev-list-d", card), "conductedOn", "2026-02-01"));
        create(with(abTestInput("test-ev-list-e", card), "conductedOn", "2026-06-30"));
        Map<String, Object> filter = Map.of("cardSlug", card);

        JsonPath first = graphql(LIST, "first", 2, "filter", filter);
        assertThat(first.getList("data.allEvidence.edges.node.slug")).containsExactly("test-ev-list-e", "test-ev-list-c");
        assertThat(first.getLong("data.allEvidence.totalCount")).isEqualTo(5);
        assertThat(first.getBoolean("data.allEvidence.pageInfo.hasNextPage")).isTrue();
        assertThat(first.getBoolean("data.allEvidence.pageInfo.hasPreviousPage")).isFalse();
        assertThat(first.getString("data.allEvidence.pageInfo.endCursor")).isEqualTo(first.getString("data.allEvidence.edges[1].cursor"));

        JsonPath second = graphql(LIST, "first", 2, "after", first.getString("data.allEvidence.pageInfo.endCursor"), "filter", filter);
        assertThat(second.getList("data.allEvidence.edges.node.slug")).containsExactly("test-ev-list-b", "test-ev-list-d");
        assertThat(second.getBoolean("data.allEvidence.pageInfo.hasNextPage")).isTrue();
        assertThat(second.getBoolean("data.allEvidence.pageInfo.hasPreviousPage")).isTrue();

        JsonPath third = graphql(LIST, "first", 2, "after", second.getString("data.allEvidence.pageInfo.endCursor"), "filter", filter);
        assertThat(third.getList("data.allEvidence.edges.node.slug")).containsExactly("test-ev-list-a");
        assertThat(third.getBoolean("data.allEvidence.pageInfo.hasNextPage")).isFalse();
        assertThat(third.getLong("data.allEvidence.totalCount")).isEqualTo(5);

        JsonPath abTests = graphql(LIST, "first", 10, "filter", Map.of("cardSlug", card, "kind", "AB_TEST"));
        assertThat(abTests.getList("data.allEvidence.edges.node.slug"))
                .containsExactly("test-ev-list-e", "test-ev-list-c", "test-ev-list-a");
        assertThat(abTests.getLong("data.allEvidence.totalCount")).isEqualTo(3);
        assertThat(abTests.getBoolean("data.allEvidence.pageInfo.hasNextPage")).isFalse();

        JsonPath pilots = graphql(LIST, "first", 10, "filter", Map.of("cardSlug", card, "kind", "PILOT"));
        assertThat(pilots.getList("data.allEvidence.edges.node.slug")).containsExactly("test-ev-list-d");

        assertThat(graphql("query { featureCard(slug: \"test-ev-card-list\") { evidence { slug } } }")
                .getList("data.featureCard.evidence.slug"))
                .containsExactly("test-ev-list-e", "test-ev-list-c", "test-ev-list-b", "test-ev-list-d", "test-ev-list-a");

        JsonPath unknownCard = graphql(LIST, "first", 10, "filter", Map.of("cardSlug", "test-ev-no-such-card"));
        assertThat(unknownCard.getList("data.allEvidence.edges")).isEmpty();
        assertThat(unknownCard.getLong("data.allEvidence.totalCount")).isZero();
    }

    @Test
    void listsAllEvidenceNewestFirstIncludingTheSampleContent() {
        JsonPath all = graphql(LIST, "first", 100);
        List<String> slugs = all.getList("data.allEvidence.edges.node.slug");
        List<String> dates = all.getList("data.allEvidence.edges.node.conductedOn");
        assertThat(all.getLong("data.allEvidence.totalCount")).isEqualTo(slugs.size()).isGreaterThanOrEqualTo(16);
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertThat(dates).as("newest first").isEqualTo(sorted);
        assertThat(slugs).contains("hiring-funnel-report-interviews", "vacancy-auto-renewal-ab");
        assertThat(slugs.indexOf("hiring-funnel-report-interviews")).isLessThan(slugs.indexOf("promo-codes-ab-small"));

        JsonPath interviews = graphql(LIST, "first", 10, "filter", Map.of("cardSlug", "call-tracking-employers", "kind", "INTERVIEW"));
        assertThat(interviews.getList("data.allEvidence.edges.node.slug")).containsExactly("call-tracking-complaints-interviews");
    }

    @Test
    void aSampleCardListsItsEvidenceNewestFirst() {
        JsonPath card = graphql("""
                query { featureCard(slug: "call-tracking-employers") {
                  evidence { slug kind sampleSize card { slug } survey { respondents satisfied } abTest { variantConversions } }
                } }""");
        assertThat(card.getList("data.featureCard.evidence.slug"))
                .containsExactly("call-tracking-ab-2026", "call-tracking-survey-2026", "call-tracking-complaints-interviews");
        assertThat(card.getList("data.featureCard.evidence.kind")).containsExactly("AB_TEST", "SURVEY", "INTERVIEW");
        assertThat(card.getList("data.featureCard.evidence.sampleSize")).containsExactly(2000, 100, 10);
        assertThat(card.getInt("data.featureCard.evidence[0].abTest.variantConversions")).isEqualTo(500);
        assertThat(card.getMap("data.featureCard.evidence[1].survey")).isEqualTo(Map.of("respondents", 100, "satisfied", 90));
        assertThat(card.getList("data.featureCard.evidence.card.slug")).containsOnly("call-tracking-employers");

        JsonPath filtered = graphql(LIST, "first", 10, "filter", Map.of("cardSlug", "call-tracking-employers"));
        assertThat(filtered.getList("data.allEvidence.edges.node.slug"))
                .containsExactly("call-tracking-ab-2026", "call-tracking-survey-2026", "call-tracking-complaints-interviews");
    }

    // ---- refusals on create: each names the field, and nothing is stored ----

    @Test
    void refusesAMissingBlockForTheKind() {
        String card = card("test-ev-card-refusals");
        assertCreateRefused(without(abTestInput("test-ev-no-block", card), "abTest"), "REQUIRED", "input", "abTest");
        assertCreateRefused(base("test-ev-no-survey", card, "INTERVIEW"), "REQUIRED", "input", "survey");
        assertCreateRefused(base("test-ev-no-pilot", card, "PILOT"), "REQUIRED", "input", "pilot");
    }

    @Test
    void refusesABlockOfAnotherKind() {
        String card = card("test-ev-card-refusals");
        assertCreateRefused(with(abTestInput("test-ev-extra-block", card), "survey", Map.of("respondents", 10, "satisfied", 5)),
                "INVALID", "input", "survey");
        assertCreateRefused(with(surveyInput("test-ev-extra-pilot", card, "SURVEY"), "pilot",
                Map.of("metric", "x", "before", 1, "after", 2)), "INVALID", "input", "pilot");

        Map<String, Object> wrongBlock = with(base("test-ev-wrong-block", card, "SURVEY"), "abTest", abCounts(10, 1, 10, 2));
        JsonPath refused = graphql(CREATE, "input", wrongBlock);
        List<Map<String, Object>> errors = refused.getList("data.createEvidence.userErrors");
        assertThat(errors).extracting(e -> e.get("code"), e -> e.get("field")).containsExactlyInAnyOrder(
                tuple("REQUIRED", List.of("input", "survey")), tuple("INVALID", List.of("input", "abTest")));
        assertThat(bySlug("test-ev-wrong-block")).isNull();
    }

    @Test
    void refusesNegativeCounts() {
        String card = card("test-ev-card-refusals");
        assertCreateRefused(with(abTestInput("test-ev-negative", card), "abTest", abCounts(100, -1, 100, 5)),
                "INVALID", "input", "abTest", "controlConversions");
        assertCreateRefused(with(surveyInput("test-ev-negative-survey", card, "SURVEY"), "survey",
                Map.of("respondents", 10, "satisfied", -2)), "INVALID", "input", "survey", "satisfied");
    }

    @Test
    void refusesMoreConversionsThanUsersAndMoreSatisfiedThanRespondents() {
        String card = card("test-ev-card-refusals");
        assertCreateRefused(with(abTestInput("test-ev-too-many-conversions", card), "abTest", abCounts(100, 10, 100, 101)),
                "INVALID", "input", "abTest", "variantConversions");
        assertCreateRefused(with(surveyInput("test-ev-too-many-satisfied", card, "INTERVIEW"), "survey",
                Map.of("respondents", 10, "satisfied", 11)), "INVALID", "input", "survey", "satisfied");
    }

    @Test
    void refusesArmsWithoutUsersAndSurveysWithoutRespondents() {
        String card = card("test-ev-card-refusals");
        assertCreateRefused(with(abTestInput("test-ev-no-users", card), "abTest", abCounts(0, 0, 100, 5)),
                "INVALID", "input", "abTest", "controlUsers");
        assertCreateRefused(with(surveyInput("test-ev-no-respondents", card, "SURVEY"), "survey",
                Map.of("respondents", 0, "satisfied", 0)), "INVALID", "input", "survey", "respondents");
        assertCreateRefused(with(pilotInput("test-ev-no-participants", card), "pilot",
                Map.of("metric", "x", "before", 1, "after", 2, "participants", 0)), "INVALID", "input", "pilot", "participants");
    }

    @Test
    void refusesAnUnknownCard() {
        assertCreateRefused(abTestInput("test-ev-unknown-card", "test-ev-no-such-card"), "NOT_FOUND", "input", "cardSlug");
        assertCreateRefused(without(abTestInput("test-ev-no-card", "x"), "cardSlug"), "REQUIRED", "input", "cardSlug");
    }

    @Test
    void refusesADuplicateSlugAndKeepsTheFirst() {
        String card = card("test-ev-card-duplicate");
        Map<String, Object> first = create(abTestInput("test-ev-duplicate", card));
        JsonPath second = graphql(CREATE, "input", with(surveyInput("test-ev-duplicate", card, "SURVEY"), "title", "Второй"));
        assertRefused(second, "createEvidence", "DUPLICATE", "input", "slug");
        assertThat(bySlug("test-ev-duplicate")).isEqualTo(first);
        assertThat(countOf(card)).isEqualTo(1);

        JsonPath sample = graphql(CREATE, "input", abTestInput("call-tracking-ab-2026", card));
        assertRefused(sample, "createEvidence", "DUPLICATE", "input", "slug");
        assertThat(bySlug("call-tracking-ab-2026").get("card")).isEqualTo(Map.of("slug", "call-tracking-employers"));
    }

    @Test
    void refusesBadSlugs() {
        String card = card("test-ev-card-refusals");
        assertCreateRefused(abTestInput("Test Ev Bad!", card), "INVALID", "input", "slug");
        assertCreateRefused(abTestInput("test-ev--double-hyphen", card), "INVALID", "input", "slug");
        assertCreateRefused(abTestInput("test-ev-" + "x".repeat(73), card), "TOO_LONG", "input", "slug");
        assertCreateRefused(abTestInput(" ", card), "REQUIRED", "input", "slug");
    }

    @Test
    void refusesTooLongOrMissingTexts() {
        String card = card("test-ev-card-refusals");
        assertCreateRefused(with(abTestInput("test-ev-long-title", card), "title", "т".repeat(201)), "TOO_LONG", "input", "title");
        assertCreateRefused(with(abTestInput("test-ev-blank-title", card), "title", "   "), "REQUIRED", "input", "title");
        assertCreateRefused(with(abTestInput("test-ev-long-conclusion", card), "conclusion", "в".repeat(5001)),
                "TOO_LONG", "input", "conclusion");
        assertCreateRefused(without(abTestInput("test-ev-no-kind", card), "kind"), "REQUIRED", "input", "kind");
        assertThat(create(with(abTestInput("test-ev-title-at-limit", card), "title", "т".repeat(200))).get("title"))
                .isEqualTo("т".repeat(200));
    }

    @Test
    void refusesADateInTheFuture() {
        String card = card("test-ev-card-refusals");
        assertCreateRefused(with(abTestInput("test-ev-future", card), "conductedOn", LocalDate.now().plusDays(30).toString()),
                "INVALID", "input", "conductedOn");
        assertCreateRefused(with(abTestInput("test-ev-day-after-tomorrow", card), "conductedOn",
                LocalDate.now().plusDays(2).toString()), "INVALID", "input", "conductedOn");
        assertCreateRefused(without(abTestInput("test-ev-no-date", card), "conductedOn"), "REQUIRED", "input", "conductedOn");
        assertThat(create(with(abTestInput("test-ev-today", card), "conductedOn", LocalDate.now().toString())).get("conductedOn"))
                .isEqualTo(LocalDate.now().toString());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String card = card("test-ev-card-refusals");
        Map<String, Object> input = with(abTestInput("Bad Slug", card), "title", "", "cardSlug", "test-ev-no-such-card",
                "abTest", abCounts(0, 1, 10, 11));
        JsonPath refused = graphql(CREATE, "input", input);
        assertThat(refused.getMap("data.createEvidence.evidence")).isNull();
        List<Map<String, Object>> errors = refused.getList("data.createEvidence.userErrors");
        assertThat(errors).extracting(e -> e.get("code"), e -> e.get("field")).containsExactlyInAnyOrder(
                tuple("INVALID", List.of("input", "slug")),
                tuple("REQUIRED", List.of("input", "title")),
                tuple("NOT_FOUND", List.of("input", "cardSlug")),
                tuple("INVALID", List.of("input", "abTest", "controlUsers")),
                tuple("INVALID", List.of("input", "abTest", "controlConversions")),
                tuple("INVALID", List.of("input", "abTest", "variantConversions")));
    }

    @Test
    void refusesAnUnknownKindAsAGraphQLValidationError() {
        String card = card("test-ev-card-refusals");
        JsonPath viaVariable = graphql(CREATE, "input", with(abTestInput("test-ev-bad-kind", card), "kind", "EXPERIMENT"));
        assertThat(viaVariable.getMap("data")).isNull();
        assertThat(viaVariable.getString("errors[0].message")).contains("EvidenceKind", "EXPERIMENT");
        assertThat(viaVariable.getString("errors[0].extensions.classification")).isEqualTo("ValidationError");

        JsonPath inline = graphql("""
                mutation {
                  createEvidence(input: {slug: "test-ev-bad-kind", cardSlug: "test-ev-card-refusals", kind: EXPERIMENT,
                      title: "t", conductedOn: "2026-05-01", conclusion: "c",
                      abTest: {controlUsers: 10, controlConversions: 1, variantUsers: 10, variantConversions: 2}}) {
                    evidence { id } userErrors { code }
                  }
                }""");
        assertThat(inline.getMap("data")).isNull();
        assertThat(inline.getString("errors[0].message")).contains("kind", "EvidenceKind");
        assertThat(inline.getString("errors[0].extensions.classification")).isEqualTo("ValidationError");

        assertThat(bySlug("test-ev-bad-kind")).isNull();
        assertThat(graphql(LIST, "first", 10, "filter", Map.of("cardSlug", card)).getList("data.allEvidence.edges.node.slug"))
                .doesNotContain("test-ev-bad-kind");
    }

    // ---- refusals on update: nothing changes ----

    @Test
    void refusesAStaleVersionAndKeepsTheNewerChange() {
        String card = card("test-ev-card-update");
        Map<String, Object> created = create(abTestInput("test-ev-stale", card));
        JsonPath firstEdit = graphql(UPDATE, "input", Map.of("id", created.get("id"), "version", 0, "title", "Первая правка"));
        assertThat(firstEdit.getInt("data.updateEvidence.evidence.version")).isEqualTo(1);

        JsonPath stale = graphql(UPDATE, "input", Map.of("id", created.get("id"), "version", 0, "title", "Вторая правка"));
        assertRefused(stale, "updateEvidence", "STALE_VERSION", "input", "version");
        Map<String, Object> stored = bySlug("test-ev-stale");
        assertThat(stored.get("title")).isEqualTo("Первая правка");
        assertThat(stored.get("version")).isEqualTo(1);
    }

    @Test
    void refusesInvalidUpdatesAndChangesNothing() {
        String card = card("test-ev-card-update");
        Map<String, Object> created = create(abTestInput("test-ev-bad-update", card));
        Object id = created.get("id");

        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 0, "kind", "PILOT")),
                "updateEvidence", "REQUIRED", "input", "pilot");
        JsonPath otherBlock = graphql(UPDATE, "input", Map.of("id", id, "version", 0,
                "survey", Map.of("respondents", 5, "satisfied", 5)));
        assertThat(otherBlock.getMap("data.updateEvidence.evidence")).isNull();
        assertThat(otherBlock.getList("data.updateEvidence.userErrors"))
                .extracting(e -> ((Map<?, ?>) e).get("code"), e -> ((Map<?, ?>) e).get("field")).containsExactlyInAnyOrder(
                        tuple("INVALID", List.of("input", "survey")), tuple("REQUIRED", List.of("input", "abTest")));
        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 0, "abTest", abCounts(10, 1, 10, 11))),
                "updateEvidence", "INVALID", "input", "abTest", "variantConversions");
        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 0, "kind", "SURVEY",
                "survey", Map.of("respondents", 5, "satisfied", 6))), "updateEvidence", "INVALID", "input", "survey", "satisfied");
        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 0, "title", "з".repeat(201))),
                "updateEvidence", "TOO_LONG", "input", "title");
        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 0, "title", " ")),
                "updateEvidence", "REQUIRED", "input", "title");
        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 0, "conductedOn", LocalDate.now().plusDays(30).toString())),
                "updateEvidence", "INVALID", "input", "conductedOn");
        assertRefused(graphql(UPDATE, "input", Map.of("id", id, "version", 0, "cardSlug", "test-ev-no-such-card")),
                "updateEvidence", "NOT_FOUND", "input", "cardSlug");

        assertThat(bySlug("test-ev-bad-update")).as("unchanged after every refusal").isEqualTo(created);

        String cardId = (String) TestCards.ensureCard(PRODUCT, card).get("id");
        assertRefused(graphql(UPDATE, "input", Map.of("id", cardId, "version", 0, "title", "x")),
                "updateEvidence", "NOT_FOUND", "input", "id");
    }

    // ---- a card with evidence cannot be deleted ----

    @Test
    void refusesToDeleteACardThatStillHasEvidence() {
        Map<String, Object> card = TestCards.createCard(PRODUCT, "test-ev-card-in-use");
        Map<String, Object> evidence = create(surveyInput("test-ev-in-use", "test-ev-card-in-use", "SURVEY"));
        String deleteCard = """
                mutation($input: DeleteInput!) { deleteFeatureCard(input: $input) { deletedId userErrors { field message code } } }""";

        JsonPath refused = graphql(deleteCard, "input", Map.of("id", card.get("id"), "version", card.get("version")));
        assertThat(refused.getList("errors")).isNull();
        assertThat(refused.getString("data.deleteFeatureCard.deletedId")).isNull();
        assertThat(refused.getList("data.deleteFeatureCard.userErrors.code")).containsExactly("IN_USE");
        assertThat(refused.getList("data.deleteFeatureCard.userErrors[0].field")).containsExactly("input", "id");
        assertThat(graphql("query { featureCard(slug: \"test-ev-card-in-use\") { id evidence { slug } } }")
                .getList("data.featureCard.evidence.slug")).containsExactly("test-ev-in-use");
        assertThat(bySlug("test-ev-in-use")).isEqualTo(evidence);

        graphql(DELETE, "input", Map.of("id", evidence.get("id"), "version", 0));
        JsonPath deleted = graphql(deleteCard, "input", Map.of("id", card.get("id"), "version", card.get("version")));
        assertThat(deleted.getList("data.deleteFeatureCard.userErrors")).isEmpty();
        assertThat(deleted.getString("data.deleteFeatureCard.deletedId")).isEqualTo(card.get("id"));
        assertThat(graphql("query { featureCard(slug: \"test-ev-card-in-use\") { id } }").getMap("data.featureCard")).isNull();
    }
}
