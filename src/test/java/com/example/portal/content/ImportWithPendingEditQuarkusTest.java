package com.example.portal.content;

import static com.example.portal.GraphQLClient.graphql;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;
import com.example.portal.Operations;
import com.example.portal.SampleContent;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The content import on a published card with a pending edit, as docs/workflow.md says: the files update the published
 * card at once, the edit stays pending (marked outdated) and approving it publishes only the fields it changed.
 */
@QuarkusTest
class ImportWithPendingEditQuarkusTest {

    static final GraphQLClient ANNA = GraphQLClient.as("pm.anna", "pm");
    static final GraphQLClient BORIS = GraphQLClient.as("pm.boris", "pm");
    static final GraphQLClient SALES = GraphQLClient.as("sales.import", "sales");
    static final String SLUG = "import-pending-card";

    @Inject
    ContentImporter importer;

    @Test
    void theImportUpdatesThePublishedCardAndTheEditKeepsOnlyItsOwnFields() throws IOException {
        Path dir = SampleContent.copy("pending-import-content-");
        Path file = dir.resolve("cards/" + SLUG + ".md");
        writeCard(file, "Скидка новичкам", "Промокод для новых работодателей.", "Текст из файла.");
        assertThat(importer.importFrom(dir).applied).isTrue();

        // A PM edits the title and the summary of the published card: a pending edit.
        JsonPath card = graphql("query($s: String) { featureCard(slug: $s) { id version status } }", "s", SLUG);
        assertThat(card.getString("data.featureCard.status")).isEqualTo("PUBLISHED");
        JsonPath edited = ANNA.run("""
                mutation($input: UpdateFeatureCardInput!) { updateFeatureCard(input: $input) { userErrors { code } } }""",
                "input", Map.of("id", card.getString("data.featureCard.id"), "version", card.getInt("data.featureCard.version"),
                        "title", "Скидка 20% новичкам", "summary", "Промокод со скидкой 20% для новых работодателей."));
        assertThat(edited.getList("data.updateFeatureCard.userErrors")).isEmpty();

        // The files change the title (which the edit also changed) and the body (which it did not).
        writeCard(file, "Скидка для новых клиентов", "Промокод для новых работодателей.", "Новый текст из файла.");
        assertThat(importer.importFrom(dir).applied).isTrue();

        // Readers see the imported text at once: the files are the PMs' own, reviewed in git.
        JsonPath sales = SALES.run("query($s: String) { featureCard(slug: $s) { title summary body } }", "s", SLUG);
        assertThat(sales.getString("data.featureCard.title")).isEqualTo("Скидка для новых клиентов");
        assertThat(sales.getString("data.featureCard.summary")).isEqualTo("Промокод для новых работодателей.");
        assertThat(sales.getString("data.featureCard.body")).isEqualTo("Новый текст из файла.");

        // The edit stays pending, outdated; the queue shows it against the imported text, with only its own fields.
        JsonPath pm = ANNA.run("""
                query($s: String) { featureCard(slug: $s) { id version
                  pendingRevision { outdated changedFields title summary body } } }""", "s", SLUG);
        assertThat(pm.getBoolean("data.featureCard.pendingRevision.outdated")).isTrue();
        assertThat(pm.getList("data.featureCard.pendingRevision.changedFields")).containsExactly("title", "summary");
        assertThat(pm.getString("data.featureCard.pendingRevision.title")).isEqualTo("Скидка 20% новичкам");
        assertThat(pm.getString("data.featureCard.pendingRevision.body")).isEqualTo("Новый текст из файла.");
        JsonPath queue = BORIS.run("{ reviewQueue(first: 100) { edges { node { kind card { slug } changes { field before after } } } } }");
        String item = "data.reviewQueue.edges.node.find { it.card.slug == '" + SLUG + "' }.";
        assertThat(queue.getString(item + "kind")).isEqualTo("EDIT");
        assertThat(queue.getList(item + "changes.field")).containsExactly("title", "summary");
        assertThat(queue.getString(item + "changes[0].before")).isEqualTo("Скидка для новых клиентов");
        assertThat(queue.getString(item + "changes[0].after")).isEqualTo("Скидка 20% новичкам");

        // Approval publishes the edit's title and summary and keeps the imported body.
        JsonPath approved = BORIS.run(Operations.of("ApprovePendingRevision"),
                "input", Map.of("id", pm.getString("data.featureCard.id"), "version", pm.getInt("data.featureCard.version")));
        assertThat(approved.getList("data.approvePendingRevision.userErrors")).isEmpty();
        JsonPath after = SALES.run("query($s: String) { featureCard(slug: $s) { title summary body } }", "s", SLUG);
        assertThat(after.getString("data.featureCard.title")).isEqualTo("Скидка 20% новичкам");
        assertThat(after.getString("data.featureCard.summary")).isEqualTo("Промокод со скидкой 20% для новых работодателей.");
        assertThat(after.getString("data.featureCard.body")).isEqualTo("Новый текст из файла.");
    }

    private static void writeCard(Path file, String title, String summary, String body) throws IOException {
        Files.writeString(file, """
                ---
                title: %s
                product: loyalty
                status: PUBLISHED
                owner: olga.lebedeva
                summary: %s
                funnelStages: [PAYMENT]
                ---
                %s
                """.formatted(title, summary, body), StandardCharsets.UTF_8);
    }
}
