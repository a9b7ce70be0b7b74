package com.example.portal.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Draft → in review → published → archived, with who did each step, and every change kept as a revision. */
@QuarkusTest
class CardWorkflowQuarkusTest {

    static final GraphQLClient ANNA = GraphQLClient.as("pm.anna", "pm");
    static final GraphQLClient BORIS = GraphQLClient.as("pm.boris", "pm");
    static final GraphQLClient SALES = GraphQLClient.as("sales.test", "sales");

    static final String STEP = """
            mutation($input: CardStepInput!) {
              %s(input: $input) { card { id status version } userErrors { field message code } }
            }""";

    static final String CARD = """
            query($slug: String) {
              featureCard(slug: $slug) {
                id status version summary tags
                verification { lastVerifiedBy needed }
                revisions(first: 50) { totalCount edges { node { number action actor status changedFields comment summary } } }
              }
            }""";

    static final String UPDATE = """
            mutation($input: UpdateFeatureCardInput!) {
              updateFeatureCard(input: $input) { card { version } userErrors { field code } }
            }""";

    @Test
    void theFourEyesRuleComparesUserNamesAsTheIdentityProviderDoes() {
        Map<String, Object> card = create("wf-same-person");
        Map<String, Object> inReview = step(ANNA, "submitCardForReview", card, null).getMap("data.submitCardForReview.card");
        // Keycloak user names ignore case, and spaces around a name are not part of it: this is still Anna
        JsonPath selfApproval = step(GraphQLClient.as(" PM.Anna ", "pm"), "approveCard", inReview, null);
        assertThat(selfApproval.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(read("wf-same-person").getString("data.featureCard.status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void aSecondPmApprovesAndEveryStepIsRecorded() {
        Map<String, Object> card = create("wf-approve");
        JsonPath submitted = step(ANNA, "submitCardForReview", card, "Готово к ревью");
        assertThat(submitted.getString("data.submitCardForReview.card.status")).isEqualTo("IN_REVIEW");
        Map<String, Object> inReview = submitted.getMap("data.submitCardForReview.card");

        JsonPath selfApproval = step(ANNA, "approveCard", inReview, null);
        assertThat(selfApproval.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(selfApproval.getString("errors[0].message")).contains("another product manager or an admin");
        assertThat(read("wf-approve").getString("data.featureCard.status")).isEqualTo("IN_REVIEW");

        JsonPath approved = step(BORIS, "approveCard", inReview, null);
        assertThat(approved.getString("data.approveCard.card.status")).isEqualTo("PUBLISHED");

        JsonPath now = read("wf-approve");
        assertThat(now.getString("data.featureCard.verification.lastVerifiedBy")).isEqualTo("pm.boris");
        assertThat(now.getBoolean("data.featureCard.verification.needed")).isFalse();
        List<Map<String, Object>> revisions = now.getList("data.featureCard.revisions.edges.node");
        assertThat(revisions).extracting(r -> r.get("action")).containsExactly("APPROVED", "SUBMITTED", "CREATED");
        assertThat(revisions).extracting(r -> r.get("actor")).containsExactly("pm.boris", "pm.anna", "pm.anna");
        assertThat(revisions).extracting(r -> r.get("status")).containsExactly("PUBLISHED", "IN_REVIEW", "DRAFT");
        assertThat(revisions.get(1).get("comment")).isEqualTo("Готово к ревью");
        assertThat(fields(revisions.get(2).get("changedFields"))).contains("title", "summary", "product", "owner");
    }

    @Test
    void stepsFromTheWrongStateAreRefusedAndChangeNothing() {
        Map<String, Object> card = create("wf-wrong-state");
        JsonPath approve = step(BORIS, "approveCard", card, null);
        assertThat(approve.getList("data.approveCard.userErrors.code")).containsExactly("INVALID_STATE");
        assertThat(approve.getString("data.approveCard.userErrors[0].message")).contains("DRAFT").contains("IN_REVIEW");
        assertThat(approve.getList("data.approveCard.userErrors[0].field")).containsExactly("input", "id");
        JsonPath reopen = step(BORIS, "reopenCard", card, null);
        assertThat(reopen.getList("data.reopenCard.userErrors.code")).containsExactly("INVALID_STATE");
        JsonPath now = read("wf-wrong-state");
        assertThat(now.getString("data.featureCard.status")).isEqualTo("DRAFT");
        assertThat(now.getInt("data.featureCard.version")).isEqualTo(card.get("version"));
        assertThat(now.getInt("data.featureCard.revisions.totalCount")).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefused() {
        Map<String, Object> card = create("wf-stale");
        Map<String, Object> stale = new HashMap<>(card);
        stale.put("version", (Integer) card.get("version") + 7);
        JsonPath result = step(ANNA, "submitCardForReview", stale, null);
        assertThat(result.getList("data.submitCardForReview.userErrors.code")).containsExactly("STALE_VERSION");
        assertThat(read("wf-stale").getString("data.featureCard.status")).isEqualTo("DRAFT");
    }

    @Test
    void aCardWithoutOwnerCannotBePublished() {
        Map<String, Object> card = TestCards.createCard("wf-product", "wf-no-owner", Map.of("owner", ""));
        Map<String, Object> inReview = step(ANNA, "submitCardForReview", card, null).getMap("data.submitCardForReview.card");
        JsonPath approve = step(BORIS, "approveCard", inReview, null);
        assertThat(approve.getList("data.approveCard.userErrors.code")).containsExactly("REQUIRED");
        assertThat(approve.getString("data.approveCard.userErrors[0].message")).contains("owner");
        assertThat(read("wf-no-owner").getString("data.featureCard.status")).isEqualTo("IN_REVIEW");
    }

    @Test
    void changesRequestedArchiveAndReopen() {
        Map<String, Object> card = create("wf-roundtrip");
        card = step(ANNA, "submitCardForReview", card, null).getMap("data.submitCardForReview.card");
        card = step(BORIS, "requestCardChanges", card, "Добавьте возражения").getMap("data.requestCardChanges.card");
        assertThat(card.get("status")).isEqualTo("DRAFT");
        card = step(ANNA, "archiveCard", card, null).getMap("data.archiveCard.card");
        assertThat(card.get("status")).isEqualTo("ARCHIVED");
        card = step(ANNA, "reopenCard", card, null).getMap("data.reopenCard.card");
        assertThat(card.get("status")).isEqualTo("DRAFT");
        List<Map<String, Object>> revisions = read("wf-roundtrip").getList("data.featureCard.revisions.edges.node");
        assertThat(revisions).extracting(r -> r.get("action"))
                .containsExactly("REOPENED", "ARCHIVED", "CHANGES_REQUESTED", "SUBMITTED", "CREATED");
        assertThat(revisions.get(2).get("comment")).isEqualTo("Добавьте возражения");
        assertThat(revisions.get(2).get("actor")).isEqualTo("pm.boris");
    }

    @Test
    void editsKeepRevisionsWithChangedFieldsAndAnOlderOneCanBeRestored() {
        Map<String, Object> card = create("wf-restore");
        int version = update(card, Map.of("summary", "Вторая версия.", "tags", List.of("новое")));
        int unchanged = update(Map.of("id", card.get("id"), "version", version), Map.of("summary", "Вторая версия."));
        assertThat(unchanged).isEqualTo(version);

        List<Map<String, Object>> revisions = read("wf-restore").getList("data.featureCard.revisions.edges.node");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(0).get("action")).isEqualTo("EDITED");
        assertThat(fields(revisions.get(0).get("changedFields"))).containsExactly("summary", "tags");

        JsonPath restored = BORIS.run("""
                mutation($input: RestoreCardRevisionInput!) {
                  restoreCardRevision(input: $input) { card { summary tags version } userErrors { field code } }
                }""", "input", Map.of("id", card.get("id"), "version", version, "revision", 1));
        assertThat(restored.getList("data.restoreCardRevision.userErrors")).isEmpty();
        assertThat(restored.getString("data.restoreCardRevision.card.summary")).isEqualTo("Карточка для тестов.");
        assertThat(restored.getList("data.restoreCardRevision.card.tags")).isEmpty();

        List<Map<String, Object>> after = read("wf-restore").getList("data.featureCard.revisions.edges.node");
        assertThat(after).hasSize(3);
        assertThat(after.get(0)).containsEntry("action", "RESTORED").containsEntry("actor", "pm.boris")
                .containsEntry("comment", "Restored revision 1.");
        assertThat(fields(after.get(0).get("changedFields"))).containsExactly("summary", "tags");

        JsonPath missing = BORIS.run("""
                mutation($input: RestoreCardRevisionInput!) {
                  restoreCardRevision(input: $input) { card { id } userErrors { field code } }
                }""", "input", Map.of("id", card.get("id"),
                "version", restored.getInt("data.restoreCardRevision.card.version"), "revision", 99));
        assertThat(missing.getList("data.restoreCardRevision.userErrors.code")).containsExactly("NOT_FOUND");
        assertThat(missing.getList("data.restoreCardRevision.userErrors[0].field")).containsExactly("input", "revision");
    }

    @Test
    void revisionsAreForPmsOnly() {
        Map<String, Object> card = TestCards.publish(create("wf-revisions-sales"));
        JsonPath json = SALES.run("""
                query($id: ID) { featureCard(id: $id) { slug revisions { totalCount } } }""", "id", card.get("id"));
        assertThat(json.getString("data.featureCard.slug")).isEqualTo("wf-revisions-sales");
        assertThat(json.getString("data.featureCard.revisions")).isNull();
        assertThat(json.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
    }

    private static Map<String, Object> create(String slug) {
        Map<String, Object> input = new HashMap<>(Map.of("slug", slug, "title", "Карточка " + slug, "summary",
                "Карточка для тестов.", "productSlug", "wf-product", "owner", "pm.anna"));
        TestCards.ensureCard("wf-product", "wf-seed");
        JsonPath created = ANNA.run("""
                mutation($input: CreateFeatureCardInput!) {
                  createFeatureCard(input: $input) { card { id slug status version } userErrors { field code } }
                }""", "input", input);
        assertThat(created.getList("data.createFeatureCard.userErrors")).isEmpty();
        assertThat(created.getString("data.createFeatureCard.card.status")).isEqualTo("DRAFT");
        return created.getMap("data.createFeatureCard.card");
    }

    private static JsonPath step(GraphQLClient as, String mutation, Map<String, Object> card, String comment) {
        Map<String, Object> input = new HashMap<>(Map.of("id", card.get("id"), "version", card.get("version")));
        if (comment != null) {
            input.put("comment", comment);
        }
        return as.run(STEP.formatted(mutation), "input", input);
    }

    private static int update(Map<String, Object> card, Map<String, Object> changes) {
        Map<String, Object> input = new HashMap<>(changes);
        input.put("id", card.get("id"));
        input.put("version", card.get("version"));
        JsonPath result = ANNA.run(UPDATE, "input", input);
        assertThat(result.getList("data.updateFeatureCard.userErrors")).isEmpty();
        return result.getInt("data.updateFeatureCard.card.version");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(Object changedFields) {
        return (List<Object>) changedFields;
    }

    private static JsonPath read(String slug) {
        return ANNA.run(CARD, "slug", slug);
    }
}
