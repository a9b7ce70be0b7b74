package com.example.portal.glossary;

import static com.example.portal.GraphQLClient.graphql;
import static com.example.portal.glossary.GlossaryFixtures.CREATE;
import static com.example.portal.glossary.GlossaryFixtures.bySlug;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every rule names the field at fault with the right code, and a refused input stores nothing. */
@QuarkusTest
class GlossaryValidationQuarkusTest {

    @Test
    void refusesBadFieldsNamingEachOne() {
        JsonPath refused = graphql(CREATE, "input", Map.of("slug", "test--gl", "term", "t".repeat(201),
                "aliases", List.of("CJM", " ", "cjm ", "a".repeat(201), "Лид", "лИД"),
                "definition", "", "kind", "TERM", "formula", "x"));
        assertThat(refused.getString("data.createGlossaryTerm.term")).isNull();
        List<Map<String, Object>> errors = refused.getList("data.createGlossaryTerm.userErrors");
        assertThat(errors).extracting(e -> e.get("field"), e -> e.get("code")).containsExactlyInAnyOrder(
                tuple(List.of("input", "slug"), "INVALID"),
                tuple(List.of("input", "term"), "TOO_LONG"),
                tuple(List.of("input", "aliases", "1"), "REQUIRED"),
                tuple(List.of("input", "aliases", "2"), "DUPLICATE"),
                tuple(List.of("input", "aliases", "3"), "TOO_LONG"),
                tuple(List.of("input", "aliases", "5"), "DUPLICATE"),
                tuple(List.of("input", "definition"), "REQUIRED"),
                tuple(List.of("input", "formula"), "INVALID"));
        assertThat(bySlug("test--gl").getString("data.glossaryTerm")).isNull();
    }

    @Test
    void aMetricNeedsAFormulaAndAnOwnerTeam() {
        JsonPath refused = graphql(CREATE, "input", Map.of("slug", "test-gl-val-metric", "term", "LTV",
                "definition", "Ценность клиента.", "kind", "METRIC", "ownerTeam", " "));
        List<Map<String, Object>> errors = refused.getList("data.createGlossaryTerm.userErrors");
        assertThat(errors).extracting(e -> e.get("field"), e -> e.get("code")).containsExactlyInAnyOrder(
                tuple(List.of("input", "formula"), "REQUIRED"),
                tuple(List.of("input", "ownerTeam"), "REQUIRED"));
        assertThat(bySlug("test-gl-val-metric").getString("data.glossaryTerm")).isNull();
    }

    @Test
    void refusesTooManyAliasesAndTooLongMetricTexts() {
        List<String> aliases = IntStream.range(0, 51).mapToObj(i -> "alias " + i).toList();
        JsonPath refused = graphql(CREATE, "input", Map.of("slug", "test-gl-val-long", "term", "CAC", "aliases", aliases,
                "definition", "Стоимость привлечения.", "kind", "METRIC", "formula", "f".repeat(2001), "ownerTeam", "o".repeat(201)));
        List<Map<String, Object>> errors = refused.getList("data.createGlossaryTerm.userErrors");
        assertThat(errors).extracting(e -> e.get("field"), e -> e.get("code")).containsExactlyInAnyOrder(
                tuple(List.of("input", "aliases"), "TOO_LONG"),
                tuple(List.of("input", "formula"), "TOO_LONG"),
                tuple(List.of("input", "ownerTeam"), "TOO_LONG"));
        assertThat(bySlug("test-gl-val-long").getString("data.glossaryTerm")).isNull();
    }

    @Test
    void kindIsRequired() {
        JsonPath refused = graphql(CREATE, "input", Map.of("slug", "test-gl-val-kind", "term", "CTR", "definition", "Доля кликов."));
        assertThat(refused.getList("data.createGlossaryTerm.userErrors.field")).containsExactly(List.of("input", "kind"));
        assertThat(refused.getList("data.createGlossaryTerm.userErrors.code")).containsExactly("REQUIRED");
        assertThat(bySlug("test-gl-val-kind").getString("data.glossaryTerm")).isNull();
    }
}
