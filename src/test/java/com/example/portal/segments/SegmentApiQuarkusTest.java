package com.example.portal.segments;

import static com.example.portal.GraphQLClient.graphql;
import static com.example.portal.segments.SegmentFixtures.DELETE;
import static com.example.portal.segments.SegmentFixtures.UPDATE;
import static com.example.portal.segments.SegmentFixtures.bySlug;
import static com.example.portal.segments.SegmentFixtures.create;
import static com.example.portal.segments.SegmentFixtures.product;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SegmentApiQuarkusTest {

    @Test
    void createsReadsUpdatesAndDeletesASegment() {
        product("test-seg-crud-vacancies", "Вакансии (crud)");
        product("test-seg-crud-tracking", "Колл-трекинг (crud)");
        JsonPath created = create(Map.of("slug", "test-seg-crud", "name", "  Теряют звонки  ", "description", "Кто это",
                "criteria", Map.of("sizeMin", 10, "sizeMax", 250, "industries", List.of("retail", "horeca"),
                        "productsOwned", List.of("test-seg-crud-vacancies"), "productsNotOwned", List.of("test-seg-crud-tracking"),
                        "metricConditions", List.of(
                                Map.of("metric", "missed_call_share", "operator", "GT", "threshold", 20),
                                Map.of("metric", "open_vacancies", "operator", "LTE", "threshold", 2.5)))));
        String id = created.getString("data.createSegment.segment.id");
        assertThat(created.getString("data.createSegment.segment.name")).isEqualTo("Теряют звонки");
        assertThat(created.getInt("data.createSegment.segment.version")).isZero();
        assertCriteria(created, "data.createSegment.segment.criteria.");

        JsonPath read = bySlug("test-seg-crud");
        assertThat(read.getString("data.segment.id")).isEqualTo(id);
        assertThat(read.getString("data.segment.description")).isEqualTo("Кто это");
        assertCriteria(read, "data.segment.criteria.");
        assertThat(graphql("query($id: ID) { segment(id: $id) { slug } }", "id", id).getString("data.segment.slug"))
                .isEqualTo("test-seg-crud");
        assertThat(graphql("query($id: ID!) { node(id: $id) { id ... on Segment { slug criteria { productsOwned { slug } } } } }",
                "id", id).getList("data.node.criteria.productsOwned.slug")).containsExactly("test-seg-crud-vacancies");

        JsonPath renamed = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "name", "Новое имя"));
        assertThat(renamed.getList("data.updateSegment.userErrors")).isEmpty();
        assertThat(renamed.getString("data.updateSegment.segment.name")).isEqualTo("Новое имя");
        assertThat(renamed.getInt("data.updateSegment.segment.version")).isEqualTo(1);
        assertCriteria(renamed, "data.updateSegment.segment.criteria.");

        JsonPath deleted = graphql(DELETE, "input", Map.of("id", id, "version", 1));
        assertThat(deleted.getList("data.deleteSegment.userErrors")).isEmpty();
        assertThat(deleted.getString("data.deleteSegment.deletedId")).isEqualTo(id);
        assertThat(bySlug("test-seg-crud").getString("data.segment")).isNull();
    }

    @Test
    void aRenamedSegmentShowsOnCardsAtOnce() {
        // Cards read their segments from the in-memory catalog (ReferenceCatalog): a rename must not wait for it to age.
        String card = "query { featureCard(slug: \"call-recordings\") { targetSegments { id name version } } }";
        JsonPath before = graphql(card);
        String id = before.getString("data.featureCard.targetSegments[0].id");
        String name = before.getString("data.featureCard.targetSegments[0].name");
        int version = before.getInt("data.featureCard.targetSegments[0].version");
        assertThat(graphql(UPDATE, "input", Map.of("id", id, "version", version, "name", "Переименованный сегмент"))
                .getList("data.updateSegment.userErrors")).isEmpty();
        assertThat(graphql(card).getString("data.featureCard.targetSegments[0].name")).isEqualTo("Переименованный сегмент");
        assertThat(graphql(UPDATE, "input", Map.of("id", id, "version", version + 1, "name", name))
                .getList("data.updateSegment.userErrors")).isEmpty();
        assertThat(graphql(card).getString("data.featureCard.targetSegments[0].name")).isEqualTo(name);
    }

    /** The criteria the CRUD test creates, found at the path prefix {@code at}. */
    private static void assertCriteria(JsonPath json, String at) {
        assertThat(json.getInt(at + "sizeMin")).isEqualTo(10);
        assertThat(json.getInt(at + "sizeMax")).isEqualTo(250);
        assertThat(json.getList(at + "industries")).containsExactly("retail", "horeca");
        assertThat(json.getList(at + "productsOwned.slug")).containsExactly("test-seg-crud-vacancies");
        assertThat(json.getList(at + "productsNotOwned.name")).containsExactly("Колл-трекинг (crud)");
        assertThat(json.getList(at + "metricConditions.metric")).containsExactly("missed_call_share", "open_vacancies");
        assertThat(json.getList(at + "metricConditions.operator")).containsExactly("GT", "LTE");
        assertThat(json.getList(at + "metricConditions.threshold", Double.class)).containsExactly(20.0, 2.5);
    }

    @Test
    void updateKeepsLeftOutFieldsAndReplacesTheWholeCriteria() {
        product("test-seg-upd-a", "Продукт A (upd)");
        product("test-seg-upd-b", "Продукт B (upd)");
        product("test-seg-upd-c", "Продукт C (upd)");
        List<Map<String, Object>> conditions = List.of(Map.of("metric", "open_vacancies", "operator", "GTE", "threshold", 3));
        String id = create(Map.of("slug", "test-seg-upd", "name", "Сегмент",
                "criteria", Map.of("sizeMin", 5, "sizeMax", 50, "industries", List.of("it"),
                        "productsOwned", List.of("test-seg-upd-a"), "productsNotOwned", List.of("test-seg-upd-b"),
                        "metricConditions", conditions))).getString("data.createSegment.segment.id");

        // Without criteria, the criteria stay as they are.
        JsonPath renamed = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "name", "Переименованный"))
                .setRootPath("data.updateSegment.segment");
        assertThat(renamed.getInt("criteria.sizeMin")).isEqualTo(5);
        assertThat(renamed.getList("criteria.productsOwned.slug")).containsExactly("test-seg-upd-a");
        assertThat(renamed.getList("criteria.metricConditions")).hasSize(1);

        // Only a product list differs from the stored criteria: the segment's version and update time still move.
        JsonPath updated = graphql(UPDATE, "input", Map.of("id", id, "version", 1,
                "criteria", Map.of("sizeMin", 5, "sizeMax", 50, "industries", List.of("it"),
                        "productsOwned", List.of("test-seg-upd-c", "test-seg-upd-a"), "productsNotOwned", List.of("test-seg-upd-b"),
                        "metricConditions", conditions))).setRootPath("data.updateSegment.segment");
        assertThat(updated.getInt("version")).isEqualTo(2);
        assertThat(OffsetDateTime.parse(updated.getString("updatedAt"))).isAfter(OffsetDateTime.parse(renamed.getString("updatedAt")));
        JsonPath stored = bySlug("test-seg-upd").setRootPath("data.segment");
        assertThat(stored.getString("name")).isEqualTo("Переименованный");
        // Products come in a stable order (as the products were created), however they were given.
        assertThat(stored.getList("criteria.productsOwned.slug")).containsExactly("test-seg-upd-a", "test-seg-upd-c");
        assertThat(stored.getList("criteria.productsNotOwned.slug")).containsExactly("test-seg-upd-b");
        assertThat(stored.getList("criteria.metricConditions.threshold", Double.class)).containsExactly(3.0);
        assertThat(stored.getList("criteria.industries")).containsExactly("it");

        // Criteria given replace the stored ones whole: a size bound (or list) left out is removed.
        JsonPath replaced = graphql(UPDATE, "input", Map.of("id", id, "version", 2, "criteria", Map.of("sizeMax", 100)))
                .setRootPath("data.updateSegment.segment.criteria");
        assertThat(replaced.getString("sizeMin")).isNull();
        assertThat(replaced.getInt("sizeMax")).isEqualTo(100);
        assertThat(replaced.getList("industries")).isEmpty();
        assertThat(replaced.getList("productsOwned")).isEmpty();
        assertThat(replaced.getList("productsNotOwned")).isEmpty();
        assertThat(replaced.getList("metricConditions")).isEmpty();
        assertThat(bySlug("test-seg-upd").getString("data.segment.criteria.sizeMin")).isNull();

        // A product may move from "not owned" to "owned" in one update.
        graphql(UPDATE, "input", Map.of("id", id, "version", 3,
                "criteria", Map.of("productsOwned", List.of("test-seg-upd-a"), "productsNotOwned", List.of("test-seg-upd-b"))));
        JsonPath moved = graphql(UPDATE, "input", Map.of("id", id, "version", 4,
                "criteria", Map.of("productsOwned", List.of("test-seg-upd-b"), "productsNotOwned", List.of("test-seg-upd-a"))))
                .setRootPath("data.updateSegment");
        assertThat(moved.getList("userErrors")).isEmpty();
        assertThat(moved.getList("segment.criteria.productsOwned.slug")).containsExactly("test-seg-upd-b");
        assertThat(moved.getList("segment.criteria.productsNotOwned.slug")).containsExactly("test-seg-upd-a");
    }

    @Test
    void refusesDuplicateSlug() {
        create(Map.of("slug", "test-seg-dup", "name", "Первый"));
        JsonPath second = graphql(SegmentFixtures.CREATE, "input", Map.of("slug", "test-seg-dup", "name", "Второй"));
        assertThat(second.getString("data.createSegment.segment")).isNull();
        assertThat(second.getString("data.createSegment.userErrors[0].code")).isEqualTo("DUPLICATE");
        assertThat(second.getList("data.createSegment.userErrors[0].field")).containsExactly("input", "slug");
        assertThat(bySlug("test-seg-dup").getString("data.segment.name")).isEqualTo("Первый");
    }

    @Test
    void staleVersionChangesAndDeletesNothing() {
        String id = create(Map.of("slug", "test-seg-stale", "name", "Исходное")).getString("data.createSegment.segment.id");
        graphql(UPDATE, "input", Map.of("id", id, "version", 0, "name", "Первая правка"));

        JsonPath stale = graphql(UPDATE, "input", Map.of("id", id, "version", 0, "name", "Вторая правка",
                "criteria", Map.of("industries", List.of("retail"))));
        assertThat(stale.getString("data.updateSegment.userErrors[0].code")).isEqualTo("STALE_VERSION");
        assertThat(stale.getList("data.updateSegment.userErrors[0].field")).containsExactly("input", "version");
        JsonPath staleDelete = graphql(DELETE, "input", Map.of("id", id, "version", 0));
        assertThat(staleDelete.getString("data.deleteSegment.userErrors[0].code")).isEqualTo("STALE_VERSION");
        assertThat(staleDelete.getString("data.deleteSegment.deletedId")).isNull();

        JsonPath stored = bySlug("test-seg-stale");
        assertThat(stored.getString("data.segment.name")).isEqualTo("Первая правка");
        assertThat(stored.getList("data.segment.criteria.industries")).isEmpty();
        assertThat(stored.getInt("data.segment.version")).isEqualTo(1);
    }

    @Test
    void unknownIdIsNotFound() {
        JsonPath missing = graphql(UPDATE, "input", Map.of("id", "bm90LWFuLWlk", "version", 0, "name", "x"));
        assertThat(missing.getString("data.updateSegment.userErrors[0].code")).isEqualTo("NOT_FOUND");
        assertThat(missing.getList("data.updateSegment.userErrors[0].field")).containsExactly("input", "id");
    }

    @Test
    void lookupNeedsExactlyOneOfIdAndSlug() {
        JsonPath both = graphql("query { segment(id: \"x\", slug: \"y\") { slug } }");
        assertThat(both.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
        JsonPath none = graphql("query { segment { slug } }");
        assertThat(none.getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
    }
}
