package com.example.portal.segments;

import static com.example.portal.GraphQLClient.graphql;
import static com.example.portal.segments.SegmentFixtures.CREATE;
import static com.example.portal.segments.SegmentFixtures.UPDATE;
import static com.example.portal.segments.SegmentFixtures.bySlug;
import static com.example.portal.segments.SegmentFixtures.create;
import static com.example.portal.segments.SegmentFixtures.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every rule names the field at fault with the right code, and a refused input stores nothing. */
@QuarkusTest
class SegmentValidationQuarkusTest {

    @Test
    void refusesBadFieldsNamingEachOne() {
        product("test-seg-val-known", "Известный продукт (val)");
        Map<String, Object> input = Map.of("slug", "Bad Slug", "name", " ", "description", "x".repeat(5001),
                "criteria", Map.of(
                        "sizeMin", -1,
                        "sizeMax", -5,
                        "industries", List.of("Retail", "it", "it", "x".repeat(61), "9lives"),
                        "productsOwned", List.of("test-seg-val-known", "test-seg-val-missing", "test-seg-val-known"),
                        "productsNotOwned", List.of("test-seg-val-known"),
                        "metricConditions", List.of(
                                Map.of("metric", "Missed-Calls", "operator", "GT", "threshold", 1),
                                Map.of("metric", "m".repeat(81), "operator", "LT", "threshold", 1),
                                Map.of("metric", "open_vacancies", "operator", "EQ", "threshold", 1e15),
                                Map.of("metric", "open_vacancies", "operator", "GT", "threshold", -1e14))));
        JsonPath refused = graphql(CREATE, "input", input);
        assertThat(refused.getString("data.createSegment.segment")).isNull();
        List<Map<String, Object>> errors = refused.getList("data.createSegment.userErrors");
        assertThat(errors).extracting(e -> e.get("field"), e -> e.get("code")).containsExactlyInAnyOrder(
                tuple(List.of("input", "slug"), "INVALID"),
                tuple(List.of("input", "name"), "REQUIRED"),
                tuple(List.of("input", "description"), "TOO_LONG"),
                tuple(List.of("input", "criteria", "sizeMin"), "INVALID"),
                tuple(List.of("input", "criteria", "sizeMax"), "INVALID"),
                tuple(List.of("input", "criteria", "industries", "0"), "INVALID"),
                tuple(List.of("input", "criteria", "industries", "2"), "DUPLICATE"),
                tuple(List.of("input", "criteria", "industries", "3"), "TOO_LONG"),
                tuple(List.of("input", "criteria", "industries", "4"), "INVALID"),
                tuple(List.of("input", "criteria", "productsOwned", "1"), "NOT_FOUND"),
                tuple(List.of("input", "criteria", "productsOwned", "2"), "DUPLICATE"),
                tuple(List.of("input", "criteria", "productsNotOwned", "0"), "INVALID"),
                tuple(List.of("input", "criteria", "metricConditions", "0", "metric"), "INVALID"),
                tuple(List.of("input", "criteria", "metricConditions", "1", "metric"), "TOO_LONG"),
                tuple(List.of("input", "criteria", "metricConditions", "2", "threshold"), "INVALID"),
                tuple(List.of("input", "criteria", "metricConditions", "3", "threshold"), "INVALID"));
        assertThat(bySlug("Bad Slug").getString("data.segment")).isNull();
    }

    @Test
    void sizeMinAboveSizeMaxIsInvalidOnSizeMin() {
        JsonPath refused = graphql(CREATE, "input", Map.of("slug", "test-seg-val-size", "name", "Размер",
                "criteria", Map.of("sizeMin", 300, "sizeMax", 250)));
        assertThat(refused.getList("data.createSegment.userErrors")).hasSize(1);
        assertThat(refused.getList("data.createSegment.userErrors[0].field")).containsExactly("input", "criteria", "sizeMin");
        assertThat(refused.getString("data.createSegment.userErrors[0].code")).isEqualTo("INVALID");
        assertThat(refused.getString("data.createSegment.userErrors[0].message")).contains("must not exceed");
        assertThat(bySlug("test-seg-val-size").getString("data.segment")).isNull();
    }

    @Test
    void refusesTooManyIndustriesProductsAndConditions() {
        List<String> industries = IntStream.range(0, 31).mapToObj(i -> "industry" + i).toList();
        List<String> products = IntStream.range(0, 21).mapToObj(i -> "test-seg-val-many-" + i).toList();
        List<Map<String, Object>> conditions = Collections.nCopies(21,
                Map.of("metric", "open_vacancies", "operator", "GT", "threshold", 1));
        JsonPath refused = graphql(CREATE, "input", Map.of("slug", "test-seg-val-many", "name", "Много",
                "criteria", Map.of("industries", industries, "productsNotOwned", products, "metricConditions", conditions)));
        List<Map<String, Object>> errors = refused.getList("data.createSegment.userErrors");
        assertThat(errors).filteredOn(e -> "TOO_LONG".equals(e.get("code"))).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder(List.of("input", "criteria", "industries"),
                        List.of("input", "criteria", "productsNotOwned"), List.of("input", "criteria", "metricConditions"));
        assertThat(bySlug("test-seg-val-many").getString("data.segment")).isNull();
    }

    @Test
    void updateChecksTheCriteriaLikeCreateAndStoresNothingWhenRefused() {
        product("test-seg-val-upd-a", "Продукт A (val-upd)");
        product("test-seg-val-upd-b", "Продукт B (val-upd)");
        String id = create(Map.of("slug", "test-seg-val-upd", "name", "Исходный", "criteria", Map.of("sizeMin", 100,
                "productsNotOwned", List.of("test-seg-val-upd-a")))).getString("data.createSegment.segment.id");

        JsonPath refused = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "name", "Изменённый",
                "criteria", Map.of("sizeMin", 100, "sizeMax", 50, "industries", List.of("retail", "retail"),
                        "productsOwned", List.of("test-seg-val-upd-b", "test-seg-val-upd-a"),
                        "productsNotOwned", List.of("test-seg-val-upd-a"))));
        List<Map<String, Object>> errors = refused.getList("data.updateSegment.userErrors");
        assertThat(errors).extracting(e -> e.get("field"), e -> e.get("code")).containsExactlyInAnyOrder(
                tuple(List.of("input", "criteria", "sizeMin"), "INVALID"),
                tuple(List.of("input", "criteria", "industries", "1"), "DUPLICATE"),
                tuple(List.of("input", "criteria", "productsNotOwned", "0"), "INVALID"));

        JsonPath blankName = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "name", ""));
        assertThat(blankName.getList("data.updateSegment.userErrors[0].field")).containsExactly("input", "name");
        assertThat(blankName.getString("data.updateSegment.userErrors[0].code")).isEqualTo("REQUIRED");

        JsonPath stored = bySlug("test-seg-val-upd");
        assertThat(stored.getString("data.segment.name")).isEqualTo("Исходный");
        assertThat(stored.getString("data.segment.criteria.sizeMax")).isNull();
        assertThat(stored.getList("data.segment.criteria.industries")).isEmpty();
        assertThat(stored.getList("data.segment.criteria.productsOwned")).isEmpty();
        assertThat(stored.getList("data.segment.criteria.productsNotOwned.slug")).containsExactly("test-seg-val-upd-a");
        assertThat(stored.getInt("data.segment.version")).isZero();
    }
}
