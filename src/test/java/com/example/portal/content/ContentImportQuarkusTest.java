package com.example.portal.content;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.example.portal.SampleContent;
import com.example.portal.content.api.ImportContentPayload;
import com.example.portal.content.api.ImportCount;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ContentImportQuarkusTest {

    private static final String SNAPSHOT = """
            {
              featureCards(first: 100, filter: {}) { totalCount edges { node { slug version updatedAt } } }
              segments(first: 100) { edges { node { slug version updatedAt } } }
              glossaryTerms(first: 100) { edges { node { slug version updatedAt } } }
              products(first: 100) { edges { node { slug version updatedAt } } }
              allEvidence(first: 100) { edges { node { slug version updatedAt } } }
              releaseNotes(first: 100) { edges { node { slug version updatedAt } } }
            }""";

    @Inject
    ContentImporter importer;

    @Inject
    ContentConfig config;

    @Inject
    EntityManager entityManager;

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        String before = graphql(SNAPSHOT).prettify();
        JsonPath imported = graphql("""
                mutation { importContent { applied problems { file line message } counts { kind count } } }""");
        assertThat(imported.getBoolean("data.importContent.applied")).isTrue();
        assertThat(imported.getList("data.importContent.problems")).isEmpty();
        assertThat(imported.getList("data.importContent.counts.kind"))
                .containsExactly("products", "segments", "glossaryTerms", "cards", "evidence", "releaseNotes");
        assertThat(imported.getInt("data.importContent.counts.find { it.kind == 'cards' }.count")).isGreaterThanOrEqualTo(15);
        assertThat(graphql(SNAPSHOT).prettify()).isEqualTo(before);
    }

    @Test
    void aBrokenFileImportsNothingAndEveryProblemIsReportedWithFileAndLine() throws IOException {
        Path dir = SampleContent.copy("broken-content-");
        String cardTitleBefore = cardTitle("call-tracking-employers");

        Path card = dir.resolve("cards/call-tracking-employers.md");
        replace(card, "title: Колл-трекинг для работодателей", "title: Этот заголовок не должен попасть в базу");
        replace(card, "status: PUBLISHED", "status: LIVE");
        append(dir.resolve("products.yaml"), "\n- slug: Bad Slug\n  name: Продукт с плохим ключом\n");
        replace(dir.resolve("segments.yaml"), "- slug: missing-calls-no-tracking", "- slug: missing-calls-no-tracking\n  sise: 10");
        replace(dir.resolve("evidence.yaml"), "survey: { respondents: 100, satisfied: 90 }",
                "survey: { respondents: 100, satisfied: 190 }");
        append(dir.resolve("releases.yaml"), "\n- slug: [unclosed\n");
        Files.writeString(dir.resolve("cards/no-front-matter.md"), "Просто текст без заголовка.\n", StandardCharsets.UTF_8);

        ImportContentPayload result = importer.importFrom(dir);

        assertThat(result.applied).isFalse();
        assertThat(result.problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("cards/call-tracking-employers.md");
            assertThat(p.line()).isEqualTo(lineOf(card, "status: LIVE"));
            assertThat(p.message()).contains("status").contains("DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED");
        });
        assertThat(result.problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("products.yaml");
            assertThat(p.line()).isEqualTo(lineOf(dir.resolve("products.yaml"), "- slug: Bad Slug"));
            assertThat(p.message()).contains("slug");
        });
        assertThat(result.problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("segments.yaml");
            assertThat(p.line()).isEqualTo(lineOf(dir.resolve("segments.yaml"), "sise: 10"));
            assertThat(p.message()).contains("Unknown key \"sise\"");
        });
        assertThat(result.problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("evidence.yaml");
            assertThat(p.line()).isEqualTo(lineOf(dir.resolve("evidence.yaml"), "satisfied: 190"));
            assertThat(p.message()).contains("satisfied").contains("respondents");
        });
        assertThat(result.problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("releases.yaml");
            assertThat(p.message()).startsWith("Not valid YAML");
        });
        assertThat(result.problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("cards/no-front-matter.md");
            assertThat(p.line()).isEqualTo(1);
        });

        assertThat(cardTitle("call-tracking-employers")).isEqualTo(cardTitleBefore);
        assertThat(graphql("{ product(slug: \"Bad Slug\") { id } }").getString("data.product")).isNull();
    }

    @Test
    void cardsOfSeveralChunksAreAllImportedInTheOrderOfTheirFileNames() throws IOException {
        Path dir = SampleContent.copy("chunked-content-");
        List<String> slugs = writeCardsOfThreeChunks(dir, "chunked-card-");

        ImportContentPayload result = importer.importFrom(dir);

        assertThat(result.problems).isEmpty();
        assertThat(result.applied).isTrue();
        assertThat(result.counts).contains(new ImportCount("cards", cardFiles(dir)));
        assertThat(QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select slug from feature_card where slug like 'chunked-card-%' order by id", String.class).getResultList()))
                .as("created in the order of their file names").isEqualTo(slugs);
    }

    @Test
    void aProblemInALaterChunkRollsBackTheCardsOfTheEarlierChunks() throws IOException {
        Path dir = SampleContent.copy("chunked-broken-content-");
        List<String> slugs = writeCardsOfThreeChunks(dir, "rolled-back-card-");
        Path last = dir.resolve("cards/" + slugs.get(slugs.size() - 1) + ".md");
        replace(last, "product: loyalty", "product: no-such-product");

        ImportContentPayload result = importer.importFrom(dir);

        assertThat(result.applied).isFalse();
        assertThat(result.problems).as("the file's problem alone, not also a refusal by the database")
                .containsExactly(new ContentProblem("cards/" + last.getFileName(), lineOf(last, "product: no-such-product"),
                        "No product has the slug \"no-such-product\"."));
        assertThat(result.counts).contains(new ImportCount("cards", cardFiles(dir)));
        assertThat(cardTitle(slugs.get(0))).as("a card of the first chunk").isNull();
    }

    @Test
    void aMissingDirectoryIsReportedNotThrown() {
        ImportContentPayload result = importer.importFrom(Path.of("target/no-such-content-dir"));
        assertThat(result.applied).isFalse();
        assertThat(result.problems).singleElement().satisfies(p -> assertThat(p.message()).contains("does not exist"));
    }

    /**
     * Writes draft cards named by the prefix and a number, more than two chunks of them, so that the first and the last
     * are read in different chunks; returns their slugs, in the order of their file names.
     */
    private List<String> writeCardsOfThreeChunks(Path dir, String prefix) throws IOException {
        List<String> slugs = IntStream.range(0, 2 * config.importChunk() + 1).mapToObj(i -> prefix + "%03d".formatted(i)).toList();
        for (String slug : slugs) {
            Files.writeString(dir.resolve("cards/" + slug + ".md"), """
                    ---
                    title: Карточка %s
                    product: loyalty
                    status: DRAFT
                    owner: olga.lebedeva
                    summary: Одна из карточек, которые импорт читает по частям.
                    ---
                    Текст.
                    """.formatted(slug), StandardCharsets.UTF_8);
        }
        return slugs;
    }

    private static int cardFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("cards"))) {
            return (int) files.filter(file -> file.toString().endsWith(".md")).count();
        }
    }

    private static String cardTitle(String slug) {
        return graphql("query($slug: String) { featureCard(slug: $slug) { title } }", "slug", slug)
                .getString("data.featureCard.title");
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("sample content of " + file).contains(from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
