package com.example.portal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** An edit of a published card waits for a second PM; sales keeps the published text until then. */
@QuarkusTest
class PendingRevisionQuarkusTest {

    static final GraphQLClient ANNA = GraphQLClient.as("pm.anna", "pm");
    static final GraphQLClient BORIS = GraphQLClient.as("pm.boris", "pm");
    static final GraphQLClient SALES = GraphQLClient.as("sales.test", "sales");

    static final String UPDATE = """
            mutation($input: UpdateFeatureCardInput!) {
              updateFeatureCard(input: $input) {
                card { id version summary updatedBy } userErrors { field message code } current { updatedBy version }
              }
            }""";

    static final String STEP = """
            mutation($input: CardStepInput!) {
              %s(input: $input) { card { id version summary } userErrors { field message code } }
            }""";

    static final String PM_VIEW = """
            query($slug: String) { featureCard(slug: $slug) { id version summary
              pendingRevision { summary authors changedFields changes { field before after parts { kind text } } } } }""";

    private static Map<String, Object> published(String slug) {
        return TestCards.publish(TestCards.createCard("pending-product", slug));
    }

    private static JsonPath edit(GraphQLClient as, Map<String, Object> card, String summary) {
        return as.run(UPDATE, "input", Map.of("id", card.get("id"), "version", card.get("version"), "summary", summary));
    }

    private static String salesSummary(String slug) {
        return SALES.run("query($slug: String) { featureCard(slug: $slug) { summary } }", "slug", slug)
                .getString("data.featureCard.summary");
    }

    @Test
    void aSecondPmApprovesAnEditAndOnlyThenSalesSeesIt() {
        Map<String, Object> card = published("pending-approve");
        JsonPath edited = edit(ANNA, card, "Новый текст с пингвинофоном.");
        assertThat(edited.getList("data.updateFeatureCard.userErrors")).isEmpty();
        assertThat(edited.getString("data.updateFeatureCard.card.summary")).isEqualTo("Карточка для тестов.");
        assertThat(salesSummary("pending-approve")).isEqualTo("Карточка для тестов.");

        JsonPath pm = ANNA.run(PM_VIEW, "slug", "pending-approve");
        assertThat(pm.getString("data.featureCard.pendingRevision.summary")).isEqualTo("Новый текст с пингвинофоном.");
        assertThat(pm.getList("data.featureCard.pendingRevision.authors")).containsExactly("pm.anna");
        assertThat(pm.getList("data.featureCard.pendingRevision.changedFields")).containsExactly("summary");
        assertThat(pm.getList("data.featureCard.pendingRevision.changes.parts.kind").toString()).contains("ADDED", "REMOVED");
        JsonPath sales = SALES.run(PM_VIEW, "slug", "pending-approve");
        assertThat(sales.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");

        Map<String, Object> now = edited.getMap("data.updateFeatureCard.card");
        JsonPath self = ANNA.run(STEP.formatted("approvePendingRevision"), "input", Map.of("id", now.get("id"), "version", now.get("version")));
        assertThat(self.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(salesSummary("pending-approve")).isEqualTo("Карточка для тестов.");

        JsonPath queue = BORIS.run("{ reviewQueue(first: 100) { edges { node { kind card { slug } changes { field } } } } }");
        List<Map<String, Object>> items = queue.getList("data.reviewQueue.edges.node");
        assertThat(items).anySatisfy(i -> {
            assertThat(i.get("kind")).isEqualTo("EDIT");
            assertThat(((Map<?, ?>) i.get("card")).get("slug")).isEqualTo("pending-approve");
        });

        JsonPath approved = BORIS.run(STEP.formatted("approvePendingRevision"), "input", Map.of("id", now.get("id"), "version", now.get("version")));
        assertThat(approved.getList("data.approvePendingRevision.userErrors")).isEmpty();
        assertThat(salesSummary("pending-approve")).isEqualTo("Новый текст с пингвинофоном.");
    }

    @Test
    void anAdminMaySelfApproveOnlyWithAComment() {
        Map<String, Object> card = published("pending-admin");
        Map<String, Object> now = edit(GraphQLClient.ADMIN, card, "Опечатка исправлена.").getMap("data.updateFeatureCard.card");
        JsonPath bare = GraphQLClient.ADMIN.run(STEP.formatted("approvePendingRevision"), "input",
                Map.of("id", now.get("id"), "version", now.get("version")));
        assertThat(bare.getList("data.approvePendingRevision.userErrors.code")).containsExactly("REQUIRED");
        assertThat(bare.getList("data.approvePendingRevision.userErrors[0].field")).containsExactly("input", "comment");
        JsonPath approved = GraphQLClient.ADMIN.run(STEP.formatted("approvePendingRevision"), "input",
                Map.of("id", now.get("id"), "version", now.get("version"), "comment", "Только опечатка."));
        assertThat(approved.getList("data.approvePendingRevision.userErrors")).isEmpty();
        assertThat(salesSummary("pending-admin")).isEqualTo("Опечатка исправлена.");
    }

    @Test
    void aStaleEditSaysWhoSavedTheCard() {
        Map<String, Object> card = published("pending-stale");
        assertThat(edit(ANNA, card, "Первая правка.").getList("data.updateFeatureCard.userErrors")).isEmpty();
        JsonPath stale = edit(BORIS, card, "Вторая правка.");
        assertThat(stale.getList("data.updateFeatureCard.userErrors.code")).containsExactly("STALE_VERSION");
        assertThat(stale.getString("data.updateFeatureCard.userErrors[0].message"))
                .startsWith("Карточку сохранил(а) pm.anna ").contains("обновите страницу, ваш текст сохранится");
        assertThat(stale.getString("data.updateFeatureCard.current.updatedBy")).isEqualTo("pm.anna");
    }

    @Test
    void discardKeepsThePublishedText() {
        Map<String, Object> card = published("pending-discard");
        Map<String, Object> now = edit(ANNA, card, "Лишняя правка.").getMap("data.updateFeatureCard.card");
        JsonPath other = BORIS.run(STEP.formatted("discardPendingRevision"), "input", Map.of("id", now.get("id"), "version", now.get("version")));
        assertThat(other.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        JsonPath discarded = ANNA.run(STEP.formatted("discardPendingRevision"), "input", Map.of("id", now.get("id"), "version", now.get("version")));
        assertThat(discarded.getList("data.discardPendingRevision.userErrors")).isEmpty();
        assertThat(ANNA.run(PM_VIEW, "slug", "pending-discard").getMap("data.featureCard.pendingRevision")).isNull();
        assertThat(salesSummary("pending-discard")).isEqualTo("Карточка для тестов.");
    }

    @Test
    void requestingChangesNeedsACommentAndKeepsTheEditFromReaders() {
        Map<String, Object> card = published("pending-changes");
        Map<String, Object> now = edit(ANNA, card, "Правка с жаргоном.").getMap("data.updateFeatureCard.card");
        Map<String, Object> step = Map.of("id", now.get("id"), "version", now.get("version"));

        for (Map<String, Object> input : List.of(step, with(step, "comment", "   "))) {
            JsonPath bare = BORIS.run(STEP.formatted("requestPendingRevisionChanges"), "input", input);
            assertThat(bare.getList("data.requestPendingRevisionChanges.userErrors.code")).containsExactly("REQUIRED");
            assertThat(bare.getList("data.requestPendingRevisionChanges.userErrors[0].field")).containsExactly("input", "comment");
            assertThat(bare.getString("data.requestPendingRevisionChanges.userErrors[0].message")).contains("Say what to change");
        }
        assertThat(ANNA.run(PM_VIEW, "slug", "pending-changes").getMap("data.featureCard.pendingRevision")).isNotNull();

        JsonPath sent = BORIS.run(STEP.formatted("requestPendingRevisionChanges"), "input", with(step, "comment", "Уберите жаргон."));
        assertThat(sent.getList("data.requestPendingRevisionChanges.userErrors")).isEmpty();
        JsonPath pm = ANNA.run("""
                query($slug: String) { featureCard(slug: $slug) { pendingRevision { summary changesRequested { by comment } } } }""",
                "slug", "pending-changes");
        assertThat(pm.getString("data.featureCard.pendingRevision.summary")).isEqualTo("Правка с жаргоном.");
        assertThat(pm.getMap("data.featureCard.pendingRevision.changesRequested"))
                .isEqualTo(Map.of("by", "pm.boris", "comment", "Уберите жаргон."));
        assertThat(queuedSlugs()).doesNotContain("pending-changes");
        assertThat(salesSummary("pending-changes")).isEqualTo("Карточка для тестов.");
    }

    @Test
    void discardingBringsBackExactlyThePublishedCard() {
        Map<String, Object> card = published("pending-discard-all");
        String readerView = """
                query($slug: String) { featureCard(slug: $slug) { title summary body tags talkingPoints funnelStages
                  objections { objection answer } glossaryTerms { slug } targetSegments { slug } owner } }""";
        String before = SALES.run(readerView, "slug", "pending-discard-all").prettify();
        Map<String, Object> input = new java.util.HashMap<>(Map.of("id", card.get("id"), "version", card.get("version"),
                "title", "Заголовок правки", "summary", "Текст правки.", "body", "Тело правки.", "tags", List.of("правка"),
                "talkingPoints", List.of("Довод правки."), "glossaryTermSlugs", List.of("crm")));
        input.put("objections", List.of(Map.of("objection", "Возражение правки?", "answer", "Ответ правки.")));
        JsonPath edited = ANNA.run(UPDATE, "input", input);
        assertThat(edited.getList("data.updateFeatureCard.userErrors")).isEmpty();
        Map<String, Object> now = edited.getMap("data.updateFeatureCard.card");

        JsonPath discarded = ANNA.run(STEP.formatted("discardPendingRevision"), "input",
                Map.of("id", now.get("id"), "version", now.get("version"), "comment", "Передумала."));
        assertThat(discarded.getList("data.discardPendingRevision.userErrors")).isEmpty();
        assertThat(SALES.run(readerView, "slug", "pending-discard-all").prettify()).isEqualTo(before);
        assertThat(ANNA.run(readerView, "slug", "pending-discard-all").prettify()).isEqualTo(before);
        assertThat(queuedSlugs()).doesNotContain("pending-discard-all");
        JsonPath history = ANNA.run("""
                query($slug: String) { featureCard(slug: $slug) { version revisions(first: 50) { edges { node { action comment } } } } }""",
                "slug", "pending-discard-all");
        List<String> actions = history.getList("data.featureCard.revisions.edges.node.action");
        assertThat(actions).contains("EDIT_PROPOSED", "EDIT_DISCARDED");

        // A new edit starts from the published text: nothing of the discarded one comes back.
        JsonPath again = ANNA.run(UPDATE, "input", Map.of("id", now.get("id"), "version", history.getInt("data.featureCard.version"),
                "owner", "pm.anna"));
        assertThat(again.getList("data.updateFeatureCard.userErrors")).isEmpty();
        JsonPath pending = ANNA.run("query($slug: String) { featureCard(slug: $slug) { pendingRevision { changedFields title } } }",
                "slug", "pending-discard-all");
        assertThat(pending.getList("data.featureCard.pendingRevision.changedFields")).containsExactly("owner");
        assertThat(pending.getString("data.featureCard.pendingRevision.title")).isEqualTo("Тестовая карточка pending-discard-all");
    }

    private static List<String> queuedSlugs() {
        return BORIS.run("{ reviewQueue(first: 100) { edges { node { card { slug } } } } }").getList("data.reviewQueue.edges.node.card.slug");
    }

    private static Map<String, Object> with(Map<String, Object> input, String name, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(input);
        changed.put(name, value);
        return changed;
    }
}
