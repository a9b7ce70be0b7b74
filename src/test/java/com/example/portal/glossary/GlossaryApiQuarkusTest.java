package com.example.portal.glossary;

import static com.example.portal.GraphQLClient.graphql;
import static com.example.portal.glossary.GlossaryFixtures.DELETE;
import static com.example.portal.glossary.GlossaryFixtures.UPDATE;
import static com.example.portal.glossary.GlossaryFixtures.bySlug;
import static com.example.portal.glossary.GlossaryFixtures.create;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.example.portal.TestCards;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class GlossaryApiQuarkusTest {

    @Test
    void createsReadsUpdatesAndDeletesAMetric() {
        JsonPath created = create(Map.of("slug", "test-gl-crud", "term", " MQL ",
                "aliases", List.of("маркетинговый лид", " marketing qualified lead "),
                "definition", "Лид, готовый к разговору с продажами.", "kind", "METRIC",
                "formula", "MQL = число работодателей, выполнивших условия", "ownerTeam", "Маркетинг"));
        String at = "data.createGlossaryTerm.term.";
        String id = created.getString(at + "id");
        assertThat(created.getString(at + "term")).isEqualTo("MQL");
        assertThat(created.getList(at + "aliases")).containsExactly("маркетинговый лид", "marketing qualified lead");
        assertThat(created.getString(at + "kind")).isEqualTo("METRIC");
        assertThat(created.getString(at + "ownerTeam")).isEqualTo("Маркетинг");
        assertThat(created.getBoolean(at + "discouraged")).isFalse();
        assertThat(created.getInt(at + "version")).isZero();

        JsonPath read = bySlug("test-gl-crud");
        assertThat(read.getString("data.glossaryTerm.id")).isEqualTo(id);
        assertThat(read.getString("data.glossaryTerm.formula")).isEqualTo("MQL = число работодателей, выполнивших условия");
        assertThat(graphql("query($id: ID) { glossaryTerm(id: $id) { slug } }", "id", id).getString("data.glossaryTerm.slug"))
                .isEqualTo("test-gl-crud");
        assertThat(graphql("query($id: ID!) { node(id: $id) { id ... on GlossaryTerm { term kind } } }", "id", id)
                .getString("data.node.kind")).isEqualTo("METRIC");

        JsonPath updated = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "aliases", List.of("эм-кью-эл"),
                "discouraged", true));
        assertThat(updated.getList("data.updateGlossaryTerm.userErrors")).isEmpty();
        assertThat(updated.getList("data.updateGlossaryTerm.term.aliases")).containsExactly("эм-кью-эл");
        assertThat(updated.getBoolean("data.updateGlossaryTerm.term.discouraged")).isTrue();
        assertThat(updated.getString("data.updateGlossaryTerm.term.term")).isEqualTo("MQL");
        assertThat(updated.getString("data.updateGlossaryTerm.term.ownerTeam")).isEqualTo("Маркетинг");
        assertThat(updated.getInt("data.updateGlossaryTerm.term.version")).isEqualTo(1);

        JsonPath deleted = graphql(DELETE, "input", Map.of("id", id, "version", 1));
        assertThat(deleted.getString("data.deleteGlossaryTerm.deletedId")).isEqualTo(id);
        assertThat(bySlug("test-gl-crud").getString("data.glossaryTerm")).isNull();
    }

    @Test
    void turnsAMetricIntoATermByRemovingItsFormula() {
        String id = create(Map.of("slug", "test-gl-kind", "term", "Конверсия", "definition", "Доля дошедших до шага.",
                "kind", "METRIC", "formula", "шаг / вход × 100%", "ownerTeam", "Продукт"))
                .getString("data.createGlossaryTerm.term.id");

        // A plain term has neither a formula nor an owner team: the stored ones must be removed with empty texts.
        JsonPath keepsFormula = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "kind", "TERM"));
        assertThat(keepsFormula.getList("data.updateGlossaryTerm.userErrors.field"))
                .containsExactlyInAnyOrder(List.of("input", "formula"), List.of("input", "ownerTeam"));
        assertThat(keepsFormula.getList("data.updateGlossaryTerm.userErrors.code")).containsOnly("INVALID");
        assertThat(bySlug("test-gl-kind").getString("data.glossaryTerm.kind")).isEqualTo("METRIC");

        JsonPath term = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "kind", "TERM", "formula", "", "ownerTeam", ""));
        assertThat(term.getList("data.updateGlossaryTerm.userErrors")).isEmpty();
        assertThat(term.getString("data.updateGlossaryTerm.term.kind")).isEqualTo("TERM");
        assertThat(term.getString("data.updateGlossaryTerm.term.formula")).isNull();
        assertThat(term.getString("data.updateGlossaryTerm.term.ownerTeam")).isNull();

        JsonPath backToMetric = graphql(UPDATE, "input", Map.of("id", id, "version", 1, "kind", "METRIC"));
        assertThat(backToMetric.getList("data.updateGlossaryTerm.userErrors.field"))
                .containsExactlyInAnyOrder(List.of("input", "formula"), List.of("input", "ownerTeam"));
        assertThat(backToMetric.getList("data.updateGlossaryTerm.userErrors.code")).containsOnly("REQUIRED");
        assertThat(bySlug("test-gl-kind").getString("data.glossaryTerm.kind")).isEqualTo("TERM");
    }

    @Test
    void refusesDuplicateSlug() {
        create(Map.of("slug", "test-gl-dup", "term", "Первый", "definition", "Определение.", "kind", "TERM"));
        JsonPath second = graphql(GlossaryFixtures.CREATE, "input",
                Map.of("slug", "test-gl-dup", "term", "Второй", "definition", "Определение.", "kind", "TERM"));
        assertThat(second.getString("data.createGlossaryTerm.term")).isNull();
        assertThat(second.getString("data.createGlossaryTerm.userErrors[0].code")).isEqualTo("DUPLICATE");
        assertThat(second.getList("data.createGlossaryTerm.userErrors[0].field")).containsExactly("input", "slug");
        assertThat(bySlug("test-gl-dup").getString("data.glossaryTerm.term")).isEqualTo("Первый");
    }

    @Test
    void staleVersionChangesAndDeletesNothing() {
        String id = create(Map.of("slug", "test-gl-stale", "term", "Исходный", "definition", "Определение.", "kind", "TERM"))
                .getString("data.createGlossaryTerm.term.id");
        graphql(UPDATE, "input", Map.of("id", id, "version", 0, "term", "Первая правка"));

        JsonPath stale = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "term", "Вторая правка"));
        assertThat(stale.getString("data.updateGlossaryTerm.userErrors[0].code")).isEqualTo("STALE_VERSION");
        assertThat(stale.getList("data.updateGlossaryTerm.userErrors[0].field")).containsExactly("input", "version");
        JsonPath staleDelete = graphql(DELETE, "input", Map.of("id", id, "version", 0));
        assertThat(staleDelete.getString("data.deleteGlossaryTerm.userErrors[0].code")).isEqualTo("STALE_VERSION");
        assertThat(bySlug("test-gl-stale").getString("data.glossaryTerm.term")).isEqualTo("Первая правка");
    }

    @Test
    void refusesToDeleteATermACardUses() {
        String id = create(Map.of("slug", "test-gl-inuse", "term", "Онбординг", "definition", "Первые шаги.", "kind", "TERM"))
                .getString("data.createGlossaryTerm.term.id");
        TestCards.createCard("test-gl-inuse-product", "test-gl-inuse-card", Map.of("glossaryTermSlugs", List.of("test-gl-inuse")));

        JsonPath refused = graphql(DELETE, "input", Map.of("id", id, "version", 0));
        assertThat(refused.getString("data.deleteGlossaryTerm.deletedId")).isNull();
        assertThat(refused.getString("data.deleteGlossaryTerm.userErrors[0].code")).isEqualTo("IN_USE");
        assertThat(bySlug("test-gl-inuse").getString("data.glossaryTerm.slug")).isEqualTo("test-gl-inuse");
    }
}
