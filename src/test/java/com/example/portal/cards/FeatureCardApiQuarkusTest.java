package com.example.portal.cards;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.Operations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class FeatureCardApiQuarkusTest {

    private static final String CREATE = Operations.of("CreateFeatureCard");
    private static final String UPDATE = Operations.of("UpdateFeatureCard");
    private static final String BY_SLUG = Operations.of("FeatureCardBySlug");

    private static Map<String, Object> validCard(String slug) {
        Map<String, Object> input = new HashMap<>();
        input.put("slug", slug);
        input.put("title", "Уведомления о пропущенных звонках в мессенджер");
        input.put("summary", "Работодатель узнаёт о пропущенном звонке кандидата сразу, а не вечером.");
        input.put("productSlug", "call-tracking");
        input.put("funnelStages", List.of("RETENTION", "SALES"));
        input.put("tags", List.of("звонки", "уведомления"));
        input.put("targetSegmentSlugs", List.of("call-tracking-still-missing"));
        input.put("antiSegmentSlugs", List.of("enterprise-own-telephony"));
        input.put("glossaryTermSlugs", List.of("call-tracking"));
        input.put("jobs", List.of(Map.of("situation", "Когда я пропускаю звонок кандидата,", "motivation", "я хочу узнать об этом сразу,",
                "outcome", "чтобы перезвонить, пока он не ушёл к другим.")));
        input.put("objections", List.of(Map.of("objection", "Не будет ли спама?", "answer", "Только пропущенные звонки, не чаще раза в минуту.")));
        input.put("rollout", Map.of("sharePercent", 25, "startDate", "2026-09-01", "clientCanOptOut", true));
        return input;
    }

    @Test
    void createsAFullCardAndReadsItBack() {
        JsonPath created = graphql(CREATE, "input", validCard("test-card-full"));
        assertThat(created.getList("data.createFeatureCard.userErrors")).isEmpty();
        String card = "data.createFeatureCard.card.";
        assertThat(created.getString(card + "status")).isEqualTo("DRAFT");
        assertThat(created.getList(card + "funnelStages")).containsExactly("RETENTION", "SALES");
        assertThat(created.getString(card + "product.slug")).isEqualTo("call-tracking");
        assertThat(created.getList(card + "targetSegments.slug")).containsExactly("call-tracking-still-missing");
        assertThat(created.getList(card + "antiSegments.slug")).containsExactly("enterprise-own-telephony");
        assertThat(created.getList(card + "glossaryTerms.slug")).containsExactly("call-tracking");
        assertThat(created.getString(card + "jobs[0].outcome")).startsWith("чтобы перезвонить");
        assertThat(created.getString(card + "objections[0].objection")).isEqualTo("Не будет ли спама?");
        assertThat(created.getDouble(card + "rollout.sharePercent")).isEqualTo(25.0);
        assertThat(created.getBoolean(card + "rollout.clientCanOptOut")).isTrue();

        String id = created.getString(card + "id");
        assertThat(graphql("query($id: ID!) { node(id: $id) { ... on FeatureCard { slug } } }", "id", id)
                .getString("data.node.slug")).isEqualTo("test-card-full");
        assertThat(graphql("query($id: ID) { featureCard(id: $id) { slug } }", "id", id)
                .getString("data.featureCard.slug")).isEqualTo("test-card-full");
    }

    @Test
    void updatesOnlyTheGivenFieldsAndRefusesAStaleVersion() {
        JsonPath created = graphql(CREATE, "input", validCard("test-card-update"));
        String id = created.getString("data.createFeatureCard.card.id");
        JsonPath updated = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "title", "Новый заголовок"));
        assertThat(updated.getList("data.updateFeatureCard.userErrors")).isEmpty();
        assertThat(updated.getString("data.updateFeatureCard.card.title")).isEqualTo("Новый заголовок");
        assertThat(updated.getString("data.updateFeatureCard.card.summary")).startsWith("Работодатель узнаёт");
        assertThat(updated.getList("data.updateFeatureCard.card.tags")).containsExactly("звонки", "уведомления");
        assertThat(updated.getInt("data.updateFeatureCard.card.version")).isEqualTo(1);

        JsonPath stale = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "title", "Чужая правка"));
        assertThat(stale.getString("data.updateFeatureCard.userErrors[0].code")).isEqualTo("STALE_VERSION");
        assertThat(stale.getList("data.updateFeatureCard.userErrors[0].field")).containsExactly("input", "version");
        assertThat(graphql(BY_SLUG, "slug", "test-card-update").getString("data.featureCard.title")).isEqualTo("Новый заголовок");
    }

    @Test
    void refusesEveryInvalidFieldAtOnceAndStoresNothing() {
        Map<String, Object> input = validCard("test-card-invalid");
        input.put("title", "x".repeat(201));
        input.put("summary", " ");
        input.put("productSlug", "no-such-product");
        input.put("targetSegmentSlugs", List.of("call-tracking-still-missing", "no-such-segment"));
        input.put("antiSegmentSlugs", List.of("call-tracking-still-missing"));
        input.put("glossaryTermSlugs", List.of("no-such-term"));
        input.put("jobs", List.of(Map.of("situation", "", "motivation", "я хочу", "outcome", "чтобы")));
        input.put("rollout", Map.of("sharePercent", 120));
        JsonPath refused = graphql(CREATE, "input", input);
        assertThat(refused.getString("data.createFeatureCard.card")).isNull();
        List<Map<String, Object>> errors = refused.getList("data.createFeatureCard.userErrors");
        assertThat(errors).extracting(e -> e.get("field") + " " + e.get("code")).containsExactlyInAnyOrder(
                "[input, title] TOO_LONG",
                "[input, summary] REQUIRED",
                "[input, productSlug] NOT_FOUND",
                "[input, targetSegmentSlugs, 1] NOT_FOUND",
                "[input, antiSegmentSlugs, 0] INVALID",
                "[input, glossaryTermSlugs, 0] NOT_FOUND",
                "[input, jobs, 0, situation] REQUIRED",
                "[input, rollout, sharePercent] INVALID");
        assertThat(errors).allSatisfy(e -> assertThat((String) e.get("message")).isNotBlank());
        assertThat(graphql(BY_SLUG, "slug", "test-card-invalid").getString("data.featureCard")).isNull();
    }

    @Test
    void refusesADuplicateSlugAndKeepsTheFirstCard() {
        graphql(CREATE, "input", validCard("test-card-dup"));
        Map<String, Object> second = validCard("test-card-dup");
        second.put("title", "Другая карточка");
        JsonPath refused = graphql(CREATE, "input", second);
        assertThat(refused.getString("data.createFeatureCard.userErrors[0].code")).isEqualTo("DUPLICATE");
        assertThat(graphql(BY_SLUG, "slug", "test-card-dup").getString("data.featureCard.title"))
                .isEqualTo("Уведомления о пропущенных звонках в мессенджер");
    }

    @Test
    void refusesAnUnknownEnumValueNamingTheFieldAndStoresNothing() {
        Map<String, Object> input = validCard("test-card-bad-enum");
        input.put("funnelStages", List.of("LIVE"));
        // An enum outside the schema is a client fault caught before any resolver runs: a GraphQL error, nothing stored.
        JsonPath viaVariable = graphql(CREATE, "input", input);
        assertThat(viaVariable.getString("data")).isNull();
        assertThat(viaVariable.getString("errors[0].message")).contains("FunnelStage").contains("LIVE")
                .doesNotContain("Exception").doesNotContain("java.");
        JsonPath viaLiteral = graphql("""
                mutation { createFeatureCard(input: {slug: "test-card-bad-enum", title: "t", summary: "s",
                                                     productSlug: "call-tracking", funnelStages: [LIVE]}) { card { id } } }""");
        assertThat(viaLiteral.getString("errors[0].message")).contains("input.funnelStages").contains("LIVE");
        assertThat(graphql(BY_SLUG, "slug", "test-card-bad-enum").getString("data.featureCard")).isNull();
    }

    @Test
    void filtersTheSampleCards() {
        String query = """
                query($filter: FeatureCardFilter) {
                  featureCards(first: 100, filter: $filter, orderBy: {field: TITLE, direction: ASC}) { totalCount edges { node { slug } } }
                }""";
        assertThat(slugs(query, Map.of("productSlug", "call-tracking")))
                .contains("call-tracking-employers", "missed-call-notifications", "call-recordings")
                .doesNotContain("promo-codes");
        assertThat(slugs(query, Map.of("segmentSlug", "missing-calls-no-tracking"))).contains("call-tracking-employers");
        assertThat(slugs(query, Map.of("status", "DRAFT"))).contains("call-recordings").doesNotContain("call-tracking-employers");
        assertThat(slugs(query, Map.of("funnelStage", "RETENTION", "tag", "звонки"))).contains("call-tracking-employers");
        assertThat(slugs(query, Map.of("productSlug", "no-such-product"))).isEmpty();
        List<String> byTitle = slugs(query, Map.of("status", "PUBLISHED"));
        assertThat(byTitle).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void deletesACardWithItsJobsAndLinks() {
        JsonPath created = graphql(CREATE, "input", validCard("test-card-delete"));
        String id = created.getString("data.createFeatureCard.card.id");
        JsonPath stale = graphql("""
                mutation($input: DeleteInput!) { deleteFeatureCard(input: $input) { deletedId userErrors { code } } }""",
                "input", Map.of("id", id, "version", 7));
        assertThat(stale.getString("data.deleteFeatureCard.userErrors[0].code")).isEqualTo("STALE_VERSION");
        JsonPath deleted = graphql("""
                mutation($input: DeleteInput!) { deleteFeatureCard(input: $input) { deletedId userErrors { code } } }""",
                "input", Map.of("id", id, "version", 0));
        assertThat(deleted.getString("data.deleteFeatureCard.deletedId")).isEqualTo(id);
        assertThat(graphql(BY_SLUG, "slug", "test-card-delete").getString("data.featureCard")).isNull();
    }

    private static List<String> slugs(String query, Map<String, Object> filter) {
        JsonPath page = graphql(query, "filter", filter);
        assertThat(page.getList("errors")).isNull();
        return page.getList("data.featureCards.edges.node.slug");
    }
}
