package com.example.portal.content;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.TestCards;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The export round trip on a real PostgreSQL of its own (an empty one, not the sample-filled database of the other
 * tests): the sample content and objects with tricky texts, exported, imported into an emptied database and
 * exported again, give byte-identical files.
 */
@QuarkusTest
@TestProfile(ContentExportRoundTripQuarkusTest.EmptyDatabase.class)
class ContentExportRoundTripQuarkusTest {

    /** A second embedded PostgreSQL, started empty, with no import at start. */
    public static class EmptyDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.embedded-postgres.data-dir", "target/embedded-pg/export-test",
                    "portal.embedded-postgres.clean", "true",
                    "portal.content.import-on-start", "false",
                    "portal.search.dir", "target/search-index/export-test");
        }
    }

    static final Path ROOT = Path.of("target/content-export");

    static final String EXPORT = """
            mutation($input: ExportContentInput!) {
              exportContent(input: $input) { directory counts { kind count } deletedFiles userErrors { field message code } }
            }""";

    @Inject
    ContentImporter importer;

    @Inject
    EntityManager entityManager;

    @Test
    void exportImportIntoAnEmptyDatabaseAndExportAgainGivesTheSameBytes() throws IOException {
        emptyTheDatabase();
        assertThat(importer.importFrom(Path.of("content")).applied).isTrue();
        addObjectsWithTrickyTexts();

        JsonPath first = export("round-trip/first");
        assertThat(first.getList("data.exportContent.userErrors")).isEmpty();
        assertThat(first.getString("data.exportContent.directory")).isEqualTo(ROOT.resolve("round-trip/first").toAbsolutePath().toString());
        Map<String, String> firstFiles = files(ROOT.resolve("round-trip/first"));

        emptyTheDatabase();
        assertThat(importer.importFrom(ROOT.resolve("round-trip/first")).problems).isEmpty();

        JsonPath second = export("round-trip/second");
        assertThat(second.getList("data.exportContent.userErrors")).isEmpty();
        assertThat(second.getList("data.exportContent.counts")).isEqualTo(first.getList("data.exportContent.counts"));
        Map<String, String> secondFiles = files(ROOT.resolve("round-trip/second"));

        assertThat(secondFiles.keySet()).isEqualTo(firstFiles.keySet());
        for (String name : firstFiles.keySet()) {
            assertThat(secondFiles.get(name)).as(name).isEqualTo(firstFiles.get(name));
        }
        // The sample's meaning survives too: export(import(sample)) is the first export, and import(first export)
        // exports to the same bytes, so both imports left the same content in the database.
        assertThat(firstFiles.keySet()).containsAll(files(Path.of("content")).keySet().stream()
                .filter(name -> !name.equals("README.md")).toList());
        assertThat(firstFiles.get("cards/call-tracking-employers.md"))
                .contains("title: Колл-трекинг для работодателей", "segments: [missing-calls-no-tracking, mass-hiring-frontline]");
        assertThat(firstFiles.get("cards/tricky-card.md")).contains("status: PUBLISHED", "verifyEveryDays: 30")
                .doesNotContain("Черновик правки");
    }

    @Test
    void exportingAgainIntoTheSameDirectoryReplacesItsFilesAndDeletesCardsNoLongerThere() throws IOException {
        TestCards.ensureCard("export-product", "export-card");
        Path dir = ROOT.resolve("again");
        assertThat(export("again").getList("data.exportContent.userErrors")).isEmpty();
        Files.writeString(dir.resolve("cards/removed-card.md"), "---\ntitle: Старая\n---\n");
        Files.writeString(dir.resolve("README.md"), "Kept.");

        JsonPath again = export(dir.toAbsolutePath().toString());

        assertThat(again.getList("data.exportContent.userErrors")).isEmpty();
        assertThat(again.getList("data.exportContent.deletedFiles", String.class)).containsExactly("cards/removed-card.md");
        assertThat(dir.resolve("cards/export-card.md")).exists();
        assertThat(dir.resolve("README.md")).hasContent("Kept.");
    }

    @Test
    void aDirectoryThatCannotBeUsedIsAUserErrorNamingIt() throws IOException {
        Files.createDirectories(ROOT.resolve("not-content"));
        Files.writeString(ROOT.resolve("not-content/notes.txt"), "someone's notes");
        Files.writeString(ROOT.resolve("a-file"), "a file");

        assertRefused("  ", "REQUIRED", "Required: the directory");
        assertRefused("../outside", "INVALID", "is outside the export root");
        assertRefused("/etc/portal", "INVALID", "is outside the export root");
        assertRefused("a-file", "INVALID", "is a file, not a directory");
        assertRefused("a-file/below", "INVALID", "cannot be created");
        // Found by the schema fuzz: a name longer than the file system allows was refused with Java's exception name.
        assertRefused("я".repeat(200), "INVALID", "at most 255 bytes per name");
        assertRefused("not-content", "INVALID", "is not a content directory (it has no products.yaml)");
        assertThat(ROOT.resolve("not-content/notes.txt")).hasContent("someone's notes");
        assertThat(ROOT.resolve("not-content/products.yaml")).doesNotExist();
    }

    private static void assertRefused(String directory, String code, String message) {
        JsonPath refused = export(directory);
        assertThat(refused.getList("errors")).as(directory).isNull();
        assertThat(refused.getString("data.exportContent.userErrors[0].code")).as(directory).isEqualTo(code);
        assertThat(refused.getList("data.exportContent.userErrors[0].field")).isEqualTo(List.of("input", "directory"));
        assertThat(refused.getString("data.exportContent.userErrors[0].message")).as(directory).contains(message);
        assertThat(refused.getString("data.exportContent.directory")).isNull();
    }

    private static JsonPath export(String directory) {
        return graphql(EXPORT, "input", Map.of("directory", directory));
    }

    /**
     * A product, term and card whose texts YAML could misread, a card checked every 30 days, and a published card with
     * a pending edit (not exported: the files hold what is live).
     */
    private static void addObjectsWithTrickyTexts() {
        GraphQLClient pm = GraphQLClient.as("pm.export", "pm");
        JsonPath product = pm.run("""
                mutation($input: CreateProductInput!) { createProduct(input: $input) { userErrors { message } } }""",
                "input", Map.of("slug", "tricky-product", "name", "true", "description",
                        "Описание: с двоеточием\n\n---\n# не комментарий\n  с отступом, «кавычками» и 'апострофами' 🚀"));
        assertThat(product.getList("data.createProduct.userErrors")).isEmpty();
        Map<String, Object> card = TestCards.createCard("tricky-product", "tricky-card", Map.of(
                "summary", "null", "body", "Тело\n\n---\n\nс линией", "tags", List.of("20", "- тег", "#хэштег"),
                "talkingPoints", List.of("Строка\n---\nс забором"), "verifyEveryDays", 30));
        Map<String, Object> published = TestCards.publish(card);
        JsonPath edit = pm.run("""
                mutation($input: UpdateFeatureCardInput!) { updateFeatureCard(input: $input) { userErrors { message } } }""",
                "input", Map.of("id", published.get("id"), "version", published.get("version"), "title", "Черновик правки"));
        assertThat(edit.getList("data.updateFeatureCard.userErrors")).isEmpty();
    }

    /** Empties the content tables (and what hangs on them): an empty database for the import. */
    private void emptyTheDatabase() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "truncate product, segment, glossary_term, feature_card, evidence, release_note cascade").executeUpdate());
    }

    /** Every file under a directory by its path relative to it. */
    static Map<String, String> files(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            Map<String, String> files = new TreeMap<>();
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(path).toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
